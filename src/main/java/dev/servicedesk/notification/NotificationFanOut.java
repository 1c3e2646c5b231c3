package dev.servicedesk.notification;

import dev.servicedesk.common.ChangeNotifications;
import dev.servicedesk.event.PlacedEventsListener;
import dev.servicedesk.survey.FirstResolution;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Turns placed events into notifications, in the placing transaction: each event notifies exactly
 * once, however many replicas run, and a change that rolled back (so never placed) notifies nobody.
 * The requester hears that their ticket was received, of each reply from the desk, when the desk
 * waits for them, when it was escalated and taken on, and when it is resolved (the first time with
 * the survey offered, when they signed in); never of their own reply. The agent it is assigned to hears when the requester answered; where an escalation went
 * (the person it names, else the queue's members and supervisor) hears of it. Nobody hears of
 * what they opted out of, nor of their own doing. An announcement published with the EMAIL channel
 * goes to its audience.
 */
@ApplicationScoped
class NotificationFanOut implements PlacedEventsListener {
    static final String NOTIFICATIONS_DUE = "notifications";

    private static final String FAN_OUT = """
            WITH placed AS (
                SELECT e.* FROM domain_event e WHERE e.commit_position > :after AND e.commit_position <= :last),
            wanted AS (
                -- the requester, of what happens to their ticket (of escalations, those to a higher
                -- tier: one to a supervisor is the desk's own affair)
                SELECT e.id AS event_id, e.commit_position, e.subject_id AS ticket_id, k.kind,
                       CAST(e.data #>> '{ticket,requesterId}' AS uuid) AS recipient_id
                  FROM placed e
                  LEFT JOIN escalation x ON e.type LIKE 'escalation.%'
                                        AND x.id = CAST(e.data ->> 'escalationId' AS uuid)
                  CROSS JOIN LATERAL (SELECT CASE
                      WHEN e.type = 'ticket.created' THEN 'TICKET_RECEIVED'
                      WHEN e.type = 'ticket.commented'
                           AND e.data #>> '{comment,authorId}' IS DISTINCT FROM e.data #>> '{ticket,requesterId}'
                           THEN 'PUBLIC_REPLY'
                      WHEN e.type = 'ticket.transitioned' AND e.data ->> 'to' = 'PENDING'
                           AND e.data ->> 'reason' = 'AWAITING_REQUESTER' THEN 'AWAITING_REQUESTER'
                      WHEN e.type = 'ticket.transitioned' AND e.data ->> 'to' = 'RESOLVED' THEN 'RESOLVED'
                      WHEN e.type = 'escalation.opened' AND x.kind = 'FUNCTIONAL' THEN 'ESCALATED'
                      WHEN e.type = 'escalation.acknowledged' AND x.kind = 'FUNCTIONAL' THEN 'ESCALATION_ACCEPTED'
                      END AS kind) k
                UNION ALL
                -- the requester, invited to the survey offered when their ticket is first resolved
                -- (to those who signed in, as the survey is offered: FirstResolution's rule)
                SELECT e.id, e.commit_position, e.subject_id, 'SURVEY_INVITATION', p.id
                  FROM placed e
                  JOIN person p ON p.id = CAST(e.data #>> '{ticket,requesterId}' AS uuid) AND p.subject IS NOT NULL
                 WHERE e.type = 'ticket.transitioned' AND e.data ->> 'to' = 'RESOLVED'
                   AND NOT EXISTS (EARLIER_RESOLUTION)
                UNION ALL
                -- the agent the ticket is assigned to, when its requester answered
                SELECT e.id, e.commit_position, e.subject_id, 'REQUESTER_REPLIED',
                       CAST(e.data #>> '{ticket,assigneeId}' AS uuid)
                  FROM placed e
                 WHERE e.type = 'ticket.commented'
                   AND e.data #>> '{comment,authorId}' = e.data #>> '{ticket,requesterId}'
                   AND e.data #>> '{ticket,assigneeId}' IS DISTINCT FROM e.data #>> '{comment,authorId}'
                UNION ALL
                -- where an escalation went: the person it names, else the queue's members and supervisor
                SELECT e.id, e.commit_position, e.subject_id, 'ESCALATION_RECEIVED', t.person_id
                  FROM placed e
                  JOIN escalation x ON x.id = CAST(e.data ->> 'escalationId' AS uuid)
                  CROSS JOIN LATERAL (
                      SELECT x.to_person_id AS person_id WHERE x.to_person_id IS NOT NULL
                      UNION
                      SELECT m.person_id FROM queue_member m
                       WHERE x.to_person_id IS NULL AND m.queue_id = x.to_queue_id
                      UNION
                      SELECT q.supervisor_id FROM queue q
                       WHERE x.to_person_id IS NULL AND q.id = x.to_queue_id AND q.supervisor_id IS NOT NULL) t
                 WHERE e.type = 'escalation.opened' AND t.person_id IS DISTINCT FROM e.actor_id
                UNION ALL
                -- the audience of an announcement published to be sent by e-mail: of everyone, or of
                -- departments, those who signed in (never a stranger the desk only knows from a mail
                -- they sent); the desk sees what it tells departments in the service, and is not
                -- mailed it too
                SELECT e.id, e.commit_position, NULL, 'ANNOUNCEMENT', r.person_id
                  FROM placed e
                  JOIN announcement a ON a.id = e.subject_id AND 'EMAIL' = ANY (a.channels)
                  CROSS JOIN LATERAL (
                      SELECT p.id AS person_id FROM person p
                       WHERE a.audience_kind = 'EVERYONE' AND p.subject IS NOT NULL
                      UNION
                      SELECT p.id FROM person p
                       WHERE a.audience_kind = 'DEPARTMENTS' AND p.subject IS NOT NULL
                         AND lower(p.department) IN (SELECT lower(d) FROM unnest(a.departments) d)
                      UNION
                      SELECT m.person_id FROM queue_member m WHERE a.audience_kind = 'DESK'
                      UNION
                      SELECT q.supervisor_id FROM queue q WHERE a.audience_kind = 'DESK' AND q.supervisor_id IS NOT NULL
                      UNION
                      SELECT aa.person_id FROM announcement_audience aa
                       WHERE a.audience_kind = 'AFFECTED_USERS' AND aa.announcement_id = a.id) r
                 WHERE e.type = 'announcement.published')
            INSERT INTO notification (id, event_id, kind, recipient_id, ticket_id, status, next_attempt_at,
                                      message_id, created_at)
            SELECT n.id, n.event_id, n.kind, n.recipient_id, n.ticket_id, 'PENDING', :now,
                   '<' || n.id || '@' || :domain || '>', :now
              FROM (SELECT gen_random_uuid() AS id, w.event_id, w.kind, p.id AS recipient_id, w.ticket_id,
                           w.commit_position
                      FROM wanted w
                      JOIN person p ON p.id = w.recipient_id
                     WHERE w.kind IS NOT NULL AND p.email IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM notification_preference np
                                        WHERE np.person_id = p.id AND w.kind = ANY (np.opted_out))) n
             ORDER BY n.commit_position
                ON CONFLICT (event_id, recipient_id, kind) DO NOTHING""".replace("EARLIER_RESOLUTION", FirstResolution.EARLIER_RESOLUTION);

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
