package dev.servicedesk.notification;

import dev.servicedesk.common.ChangeNotifications;
import dev.servicedesk.event.PlacedEventsListener;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Turns placed events into notifications, in the placing transaction: each event notifies exactly
 * once, however many replicas run, and a change that rolled back (so never placed) notifies nobody.
 * The requester hears that their ticket was received, of each reply from the desk, when the desk
 * waits for them, and when it is resolved; never of their own reply, nor of what they opted out of.
 */
@ApplicationScoped
class NotificationFanOut implements PlacedEventsListener {
    static final String NOTIFICATIONS_DUE = "notifications";

    private static final String FAN_OUT = """
            INSERT INTO notification (id, event_id, kind, recipient_id, ticket_id, status, next_attempt_at,
                                      message_id, created_at)
            SELECT n.id, n.event_id, n.kind, n.recipient_id, n.ticket_id, 'PENDING', :now,
                   '<' || n.id || '@' || :domain || '>', :now
              FROM (SELECT gen_random_uuid() AS id, e.id AS event_id, k.kind, p.id AS recipient_id,
                           e.subject_id AS ticket_id, e.commit_position
                      FROM domain_event e
                      CROSS JOIN LATERAL (SELECT CASE
                          WHEN e.type = 'ticket.created' THEN 'TICKET_RECEIVED'
                          WHEN e.type = 'ticket.commented'
                               AND e.data #>> '{comment,authorId}' IS DISTINCT FROM e.data #>> '{ticket,requesterId}'
                               THEN 'PUBLIC_REPLY'
                          WHEN e.type = 'ticket.transitioned' AND e.data ->> 'to' = 'PENDING'
                               AND e.data ->> 'reason' = 'AWAITING_REQUESTER' THEN 'AWAITING_REQUESTER'
                          WHEN e.type = 'ticket.transitioned' AND e.data ->> 'to' = 'RESOLVED' THEN 'RESOLVED'
                          END AS kind) k
                      JOIN person p ON p.id = CAST(e.data #>> '{ticket,requesterId}' AS uuid)
                     WHERE k.kind IS NOT NULL AND p.email IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM notification_preference np
                                        WHERE np.person_id = p.id AND k.kind = ANY (np.opted_out))
                       AND e.commit_position > :after AND e.commit_position <= :last) n
             ORDER BY n.commit_position
                ON CONFLICT (event_id, recipient_id, kind) DO NOTHING""";

    private final ChangeNotifications changes;
    private final NotificationSettings settings;
    private final Clock clock;

    NotificationFanOut(ChangeNotifications changes, NotificationSettings settings, Clock clock) {
        this.changes = changes;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Uni<Void> placed(long afterPosition, long lastPosition) {
        if (!settings.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(FAN_OUT)
                        .setParameter("now", clock.instant())
                        .setParameter("domain", settings.messageIdDomain())
                        .setParameter("after", afterPosition)
                        .setParameter("last", lastPosition)
                        .executeUpdate())
                .chain(made -> made == 0 ? Uni.createFrom().voidItem() : changes.announce(NOTIFICATIONS_DUE));
    }
}
