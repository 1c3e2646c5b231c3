package dev.servicedesk.webhook;

import dev.servicedesk.common.ChangeNotifications;
import dev.servicedesk.event.PlacedEventsListener;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Turns placed events into deliveries, one per enabled webhook subscribed to the event's type, in
 * the placing transaction: each event is fanned out exactly once, however many replicas run. A
 * webhook's own events go only to webhooks of the same owner, never to another integration.
 */
@ApplicationScoped
class WebhookFanOut implements PlacedEventsListener {
    static final String DELIVERIES_DUE = "webhook-deliveries";

    private static final String FAN_OUT = """
            INSERT INTO webhook_delivery (id, webhook_id, event_id, event_type, status, attempt_count, next_attempt_at,
                                          retrying_since, created_at)
            SELECT gen_random_uuid(), w.id, e.id, e.type, 'PENDING', 0, :now, :now, :now
              FROM domain_event e
              JOIN webhook w ON w.enabled AND e.type = ANY (w.event_types)
                   -- a webhook's own events (webhook.disabled) go only to its owner's webhooks
                   AND (e.subject_type <> 'webhook'
                        OR w.owner_id = (SELECT s.owner_id FROM webhook s WHERE s.id = e.subject_id))
             WHERE e.commit_position > :after AND e.commit_position <= :last
             ORDER BY e.commit_position
                ON CONFLICT (webhook_id, event_id) DO NOTHING""";

    private final ChangeNotifications notifications;
    private final Clock clock;

    WebhookFanOut(ChangeNotifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public Uni<Void> placed(long afterPosition, long lastPosition) {
        Instant now = clock.instant();
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(FAN_OUT)
                        .setParameter("now", now)
                        .setParameter("after", afterPosition)
                        .setParameter("last", lastPosition)
                        .executeUpdate())
                .chain(made -> made == 0 ? Uni.createFrom().voidItem() : notifications.announce(DELIVERIES_DUE));
    }
}
