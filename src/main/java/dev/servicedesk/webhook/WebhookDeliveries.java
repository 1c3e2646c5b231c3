package dev.servicedesk.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.servicedesk.common.Ids;
import dev.servicedesk.event.DomainEvents;
import dev.servicedesk.event.EventRepository;
import dev.servicedesk.event.EventType;
import dev.servicedesk.event.NewEvent;
import dev.servicedesk.event.StoredEvent;
import dev.servicedesk.event.dto.DomainEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Sends what is due: takes a batch (held against other replicas), sends each at once, outside any
 * transaction, and records every outcome — the attempt, the next try or giving up, and the
 * endpoint's health, disabling one that has failed for days. A replica that dies between taking
 * and recording leaves its hold to run out, and another sends those deliveries again: at least once.
 */
@ApplicationScoped
public class WebhookDeliveries {
    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final EventRepository events;
    private final DomainEvents domainEvents;
    private final WebhookSender sender;
    private final WebhookSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final WebhookMetrics metrics;

    WebhookDeliveries(
            DeliveryRepository deliveries,
            WebhookRepository webhooks,
            EventRepository events,
            DomainEvents domainEvents,
            WebhookSender sender,
            WebhookSettings settings,
            ObjectMapper json,
            Clock clock,
            WebhookMetrics metrics) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.events = events;
        this.domainEvents = domainEvents;
        this.sender = sender;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** A delivery taken for sending: which attempt this is, and what to send where. */
    record Taken(UUID deliveryId, UUID webhookId, int attempt, Instant retryingSince, WebhookSender.Parcel parcel) {}

    /** Sends one batch of what is due; answers how many were taken (a full batch: more may wait). */
    public Uni<Integer> deliverDue() {
        return Panache.withTransaction(this::take)
                .chain(taken -> taken.isEmpty()
                        ? Uni.createFrom().item(0)
                        : Uni.join()
                                .all(taken.stream()
                                        .map(each -> sender.send(each.parcel()))
                                        .toList())
                                .andFailFast()
                                .chain(outcomes -> Panache.withTransaction(() -> recordAll(taken, outcomes)))
                                .invoke(recorded -> recorded.forEach(
                                        attempt -> metrics.recorded(attempt.outcome(), attempt.gaveUp())))
                                .replaceWith(taken.size()));
    }

    private Uni<List<Taken>> take() {
        Instant now = clock.instant();
        Instant until = now.plus(settings.timeout().multipliedBy(3)).plusSeconds(30);
        return deliveries
                .claimDue(now, until, settings.batch())
                .chain(ids -> ids.isEmpty()
                        ? Uni.createFrom().item(List.<Taken>of())
                        : deliveries.list("id in ?1", ids).chain(claimed -> parcels(claimed, now)));
    }

    private Uni<List<Taken>> parcels(List<WebhookDelivery> claimed, Instant now) {
        List<UUID> webhookIds =
                claimed.stream().map(WebhookDelivery::webhookId).distinct().toList();
        List<UUID> eventIds =
                claimed.stream().map(WebhookDelivery::eventId).distinct().toList();
        return webhooks.list("id in ?1", webhookIds)
                .chain(hooks -> events.list("id in ?1", eventIds).map(stored -> {
                    Map<UUID, Webhook> hookById =
                            hooks.stream().collect(Collectors.toMap(Webhook::id, Function.identity()));
                    Map<UUID, StoredEvent> eventById =
                            stored.stream().collect(Collectors.toMap(StoredEvent::id, Function.identity()));
                    return claimed.stream()
                            .map(delivery -> {
                                Webhook hook = hookById.get(delivery.webhookId());
                                StoredEvent event = eventById.get(delivery.eventId());
                                return new Taken(
                                        delivery.id(),
                                        hook.id(),
                                        delivery.attemptCount() + 1,
                                        delivery.retryingSince(),
                                        new WebhookSender.Parcel(
                                                hook.url(),
                                                hook.signingSecrets(now),
                                                event.id().toString(),
                                                payload(event)));
                            })
                            .toList();
                }));
    }

    private String payload(StoredEvent event) {
        try {
            return json.writeValueAsString(DomainEvent.of(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event that cannot be written as JSON", e);
        }
    }

    /** An attempt recorded by this replica, and whether its delivery was given up with it. */
    private record Recorded(WebhookAttempt.Outcome outcome, boolean gaveUp) {}

    private Uni<List<Recorded>> recordAll(List<Taken> taken, List<WebhookAttempt.Outcome> outcomes) {
        List<Recorded> recorded = new ArrayList<>();
        Uni<Void> all = Uni.createFrom().voidItem();
        // Each recording locks its webhook's row: every replica takes them in one order (by webhook),
        // or two batches to the same webhooks deadlock and their deliveries are sent again.
        List<Integer> byWebhook = IntStream.range(0, taken.size())
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> taken.get(i).webhookId())
                        .thenComparing(i -> taken.get(i).deliveryId()))
                .toList();
        for (int i : byWebhook) {
            Taken each = taken.get(i);
            WebhookAttempt.Outcome outcome = outcomes.get(i);
            all = all.chain(() -> record(each, outcome))
                    .invoke(delivery -> {
                        if (delivery != null) {
                            recorded.add(new Recorded(outcome, delivery.gaveUp()));
                        }
                    })
                    .replaceWithVoid();
        }
        return all.replaceWith(recorded);
    }

    /** The delivery with the attempt recorded, or null when another replica recorded it or it is gone. */
    private Uni<WebhookDelivery> record(Taken taken, WebhookAttempt.Outcome outcome) {
        Instant now = clock.instant();
        return deliveries
                .findById(taken.deliveryId(), LockModeType.PESSIMISTIC_WRITE)
                .chain(delivery -> {
                    if (delivery == null
                            || !delivery.attempted(
                                    taken.attempt(),
                                    outcome,
                                    settings.retries()
                                            .next(
                                                    taken.attempt(),
                                                    taken.retryingSince(),
                                                    now,
                                                    ThreadLocalRandom.current().nextDouble()))) {
                        return Uni.createFrom().nullItem(); // removed with its webhook, or recorded by another replica
                    }
                    return Panache.getSession()
                            .chain(session -> session.persist(
                                    new WebhookAttempt(Ids.newId(), delivery.id(), taken.attempt(), outcome)))
                            .chain(() -> webhooks.findById(taken.webhookId(), LockModeType.PESSIMISTIC_WRITE))
                            .chain(webhook -> health(webhook, outcome, now))
                            .replaceWith(delivery);
                });
    }

    /** A success clears the failing streak; a failure starts or extends it, and one that lasted long enough disables the endpoint. */
    private Uni<Void> health(Webhook webhook, WebhookAttempt.Outcome outcome, Instant now) {
        if (outcome.delivered()) {
            webhook.succeeded();
            return Uni.createFrom().voidItem();
        }
        String reason = "Every delivery failed for " + settings.disableAfter().toDays() + " days";
        if (!webhook.failed(outcome.startedAt(), now.minus(settings.disableAfter()), reason)) {
            return Uni.createFrom().voidItem();
        }
        return domainEvents.record(new NewEvent(
                EventType.WEBHOOK_DISABLED,
                webhook.id(),
                null,
                now,
                new WebhookDisabled(webhook.id(), webhook.url(), webhook.ownerId(), webhook.failingSince(), reason)));
    }

    /** The payload of {@code webhook.disabled}. */
    record WebhookDisabled(UUID webhookId, String url, UUID ownerId, Instant failingSince, String reason) {}
}
