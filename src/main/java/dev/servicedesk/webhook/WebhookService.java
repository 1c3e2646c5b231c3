package dev.servicedesk.webhook;

import dev.servicedesk.audit.AuditAction;
import dev.servicedesk.audit.AuditResourceType;
import dev.servicedesk.audit.AuditTrail;
import dev.servicedesk.common.ChangeNotifications;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.identity.Role;
import dev.servicedesk.webhook.dto.CreatedWebhook;
import dev.servicedesk.webhook.dto.NewWebhook;
import dev.servicedesk.webhook.dto.WebhookSecret;
import dev.servicedesk.webhook.dto.WebhookView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Webhooks: an admin manages every one, an integration its own (anyone else's is not there for it). */
@ApplicationScoped
public class WebhookService {
    static final String ORDER = "-createdAt";

    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final WebhookTargets targets;
    private final PersonService people;
    private final ChangeNotifications notifications;
    private final Clock clock;
    private final AuditTrail audit;

    WebhookService(
            WebhookRepository webhooks,
            DeliveryRepository deliveries,
            WebhookTargets targets,
            PersonService people,
            ChangeNotifications notifications,
            Clock clock,
            AuditTrail audit) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.targets = targets;
        this.people = people;
        this.notifications = notifications;
        this.clock = clock;
        this.audit = audit;
    }

    /** A new webhook and its secret, which is shown this once. */
    public record Made(Webhook webhook, String secret) {
        public CreatedWebhook view() {
            return CreatedWebhook.of(WebhookService.view(webhook), secret);
        }
    }

    /** Records a webhook once its URL passes the checks. */
    public Uni<Made> create(Caller caller, NewWebhook request) {
        String secret = WebhookSecrets.generate();
        Instant now = clock.instant();
        return targets.check(request.url().strip())
                .chain(() -> people.sync(caller))
                .chain(owner -> webhooks.persist(Webhook.create(Ids.newId(), target(request), secret, owner.id(), now)))
                .call(webhook -> audit.created(AuditResourceType.WEBHOOK, webhook.id(), view(webhook)))
                .map(webhook -> new Made(webhook, secret));
    }

    @WithSession
    public Uni<Webhook> find(Caller caller, UUID id) {
        return visible(caller, id);
    }

    @WithSession
    public Uni<Page<WebhookView>> page(Caller caller, PageRequest page) {
        return ownerFilter(caller)
                .chain(owner -> webhooks.page(owner, page))
                .map(rows -> Page.of(
                        rows,
                        page,
                        webhook -> new PageCursor(ORDER, webhook.createdAt().toString(), webhook.id()),
                        WebhookService::view));
    }

    /**
     * Revises the webhook under If-Match with what {@code revise} makes of its current details; a
     * new URL is checked. Enabled again, what waited for it is due at once, with a full retry period.
     */
    @WithTransaction
    public Uni<Webhook> update(Caller caller, UUID id, String ifMatch, UnaryOperator<NewWebhook> revise) {
        return visible(caller, id).chain(webhook -> {
            EntityTag.requireVersion(ifMatch, webhook.version());
            NewWebhook details = revise.apply(details(webhook));
            boolean changed = !details.equals(details(webhook));
            if (details.enabled() == null) {
                throw ProblemException.invalid("enabled", "must be true or false");
            }
            WebhookTarget revised = target(details);
            boolean resumed = revised.enabled() && !webhook.enabled();
            Uni<?> checked =
                    revised.url().equals(webhook.url()) ? Uni.createFrom().voidItem() : targets.check(revised.url());
            Instant now = clock.instant();
            WebhookView shown = view(webhook);
            return checked.invoke(() -> webhook.revise(revised, now))
                    .call(() -> resumed
                            ? deliveries
                                    .resume(webhook.id(), now)
                                    .chain(() -> notifications.announce(WebhookFanOut.DELIVERIES_DUE))
                            : Uni.createFrom().voidItem())
                    .call(() -> webhooks.flush())
                    .call(() -> changed
                            ? audit.updated(AuditResourceType.WEBHOOK, id, shown, view(webhook))
                            : Uni.createFrom().voidItem())
                    .replaceWith(webhook);
        });
    }

    @WithTransaction
    public Uni<Void> delete(Caller caller, UUID id) {
        return visible(caller, id)
                .call(webhooks::delete)
                .chain(webhook -> audit.deleted(AuditResourceType.WEBHOOK, id, view(webhook)));
    }

    /** A new secret; the old one keeps signing for {@code overlap}. */
    @WithTransaction
    public Uni<WebhookSecret> rotate(Caller caller, UUID id, Duration overlap) {
        String secret = WebhookSecrets.generate();
        Instant now = clock.instant();
        return visible(caller, id).chain(webhook -> {
            WebhookView shown = view(webhook);
            webhook.rotate(secret, now.plus(overlap), now);
            return webhooks.flush()
                    .chain(() -> audit.record(
                            AuditResourceType.WEBHOOK, id, AuditAction.SECRET_ROTATED, shown, view(webhook)))
                    .replaceWith(new WebhookSecret(secret, webhook.previousSecretExpiresAt()));
        });
    }

    /** The webhook, if the caller may see it (an integration: its own); a 404 otherwise. */
    Uni<Webhook> visible(Caller caller, UUID id) {
        return ownerFilter(caller)
                .chain(owner -> webhooks.findById(id).map(webhook -> {
                    if (webhook == null || (owner != null && !owner.equals(webhook.ownerId()))) {
                        throw new NotFoundProblem("webhook", id);
                    }
                    return webhook;
                }));
    }

    /** Whose webhooks the caller may see: null for an admin (everyone's). */
    private Uni<UUID> ownerFilter(Caller caller) {
        return caller.has(Role.ADMIN)
                ? Uni.createFrom().nullItem()
                : people.sync(caller).map(person -> person.id());
    }

    public static NewWebhook details(Webhook webhook) {
        WebhookTarget target = webhook.target();
        return new NewWebhook(target.url(), target.description(), target.eventTypes(), target.enabled());
    }

    private static WebhookTarget target(NewWebhook request) {
        return new WebhookTarget(
                request.url().strip(),
                request.description(),
                request.eventTypes().stream().distinct().toList(),
                request.isEnabled());
    }

    public static String etag(Webhook webhook) {
        return EntityTag.of(webhook.version());
    }

    public static WebhookView view(Webhook webhook) {
        WebhookTarget target = webhook.target();
        return new WebhookView(
                webhook.id(),
                target.url(),
                target.description(),
                target.eventTypes(),
                target.enabled(),
                webhook.disabledReason(),
                webhook.ownerId(),
                webhook.previousSecretExpiresAt(),
                webhook.failingSince(),
                webhook.createdAt(),
                webhook.updatedAt());
    }
}
