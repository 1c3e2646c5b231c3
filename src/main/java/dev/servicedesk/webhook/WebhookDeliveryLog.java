package dev.servicedesk.webhook;

import dev.servicedesk.common.ChangeNotifications;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.webhook.dto.WebhookDeliveryDetails;
import dev.servicedesk.webhook.dto.WebhookDeliveryView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A webhook's delivery log, for whoever may see the webhook, and redelivery by hand. */
@ApplicationScoped
class WebhookDeliveryLog {
    static final String ORDER = "-createdAt";

    private final WebhookService webhooks;
    private final DeliveryRepository deliveries;
    private final ChangeNotifications notifications;
    private final Clock clock;

    WebhookDeliveryLog(
            WebhookService webhooks, DeliveryRepository deliveries, ChangeNotifications notifications, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.notifications = notifications;
        this.clock = clock;
    }

    @WithSession
    Uni<Page<WebhookDeliveryView>> page(Caller caller, UUID webhookId, String status, PageRequest page) {
        return webhooks.visible(caller, webhookId)
                .chain(webhook -> deliveries.page(webhook.id(), status, page))
                .map(rows -> Page.of(
                        rows,
                        page,
                        delivery -> new PageCursor(ORDER, delivery.createdAt().toString(), delivery.id()),
                        WebhookDelivery::view));
    }

    @WithSession
    Uni<WebhookDeliveryDetails> details(Caller caller, UUID webhookId, UUID deliveryId) {
        return delivery(caller, webhookId, deliveryId, LockModeType.NONE)
                .chain(delivery -> Panache.getSession()
                        .chain(session -> session.createQuery(
                                        "from WebhookAttempt where deliveryId = :delivery order by number",
                                        WebhookAttempt.class)
                                .setParameter("delivery", delivery.id())
                                .getResultList())
                        .map(attempts -> WebhookDeliveryDetails.of(
                                delivery.view(),
                                attempts.stream().map(WebhookAttempt::view).toList())));
    }

    @WithTransaction
    Uni<WebhookDeliveryView> redeliver(Caller caller, UUID webhookId, UUID deliveryId) {
        return webhooks.visible(caller, webhookId)
                .invoke(webhook -> {
                    if (!webhook.enabled()) {
                        throw new ProblemException(
                                ProblemType.CONFLICT,
                                "The webhook is disabled; enable it before sending anything again.");
                    }
                })
                .chain(webhook -> delivery(caller, webhookId, deliveryId, LockModeType.PESSIMISTIC_WRITE))
                .invoke(delivery -> {
                    Instant now = clock.instant();
                    if (delivery.beingSent(now)) {
                        throw new ProblemException(
                                ProblemType.CONFLICT, "The delivery is being sent right now; see how it went first.");
                    }
                    delivery.redeliver(now);
                })
                .call(() -> notifications.announce(WebhookFanOut.DELIVERIES_DUE))
                .map(WebhookDelivery::view);
    }

    private Uni<WebhookDelivery> delivery(Caller caller, UUID webhookId, UUID deliveryId, LockModeType lock) {
        return webhooks.visible(caller, webhookId)
                .chain(webhook -> deliveries.findById(deliveryId, lock))
                .map(delivery -> {
                    if (delivery == null || !delivery.webhookId().equals(webhookId)) {
                        throw new NotFoundProblem("webhook delivery", deliveryId);
                    }
                    return delivery;
                });
    }
}
