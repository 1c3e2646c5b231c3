package dev.servicedesk.notification;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {
    private static final String CLAIM = """
            WITH due AS (
                SELECT n.id FROM notification n
                 WHERE n.status = 'PENDING' AND n.next_attempt_at <= :now
                   AND (n.leased_until IS NULL OR n.leased_until <= :now)
                 ORDER BY n.next_attempt_at
                 LIMIT :most
                   FOR UPDATE SKIP LOCKED)
            UPDATE notification n SET leased_until = :until FROM due WHERE n.id = due.id
            RETURNING n.id""";

    /**
     * Takes up to {@code most} due notifications, held for this replica until {@code until};
     * another replica skips them meanwhile and takes them once the hold ran out (this one died
     * sending, say). Answers their ids.
     */
    Uni<List<UUID>> claimDue(Instant now, Instant until, int most) {
        return getSession()
                .chain(session -> session.createNativeQuery(CLAIM, UUID.class)
                        .setParameter("now", now)
                        .setParameter("until", until)
                        .setParameter("most", most)
                        .getResultList());
    }
}
