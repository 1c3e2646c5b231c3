package dev.servicedesk.notification;

import dev.servicedesk.common.SessionSql;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {
    private static final String CLAIM = """
            WITH due AS (
                SELECT n.id FROM notification n
                 WHERE n.status = 'PENDING' AND n.next_attempt_at <= $1
                   AND (n.leased_until IS NULL OR n.leased_until <= $1)
                 ORDER BY n.next_attempt_at
                 LIMIT $3
                   FOR UPDATE SKIP LOCKED)
            UPDATE notification n SET leased_until = $2 FROM due WHERE n.id = due.id
            RETURNING n.id""";

    /**
     * Takes up to {@code most} due notifications, held for this replica until {@code until};
     * another replica skips them meanwhile and takes them once the hold ran out (this one died
     * sending, say). Answers their ids.
     */
    Uni<List<UUID>> claimDue(Instant now, Instant until, int most) {
        return getSession()
                .chain(session -> SessionSql.select(
                        session, CLAIM, now.atOffset(ZoneOffset.UTC), until.atOffset(ZoneOffset.UTC), most))
                .map(rows -> rows.stream().map(row -> (UUID) row[0]).toList());
    }
}
