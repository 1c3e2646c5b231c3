package dev.servicedesk.webhook;

import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.SessionSql;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class DeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {
    private static final String CLAIM = """
            WITH due AS (
                SELECT d.id FROM webhook_delivery d
                 WHERE d.status = 'PENDING' AND d.next_attempt_at <= $1
                   AND (d.leased_until IS NULL OR d.leased_until <= $1)
                   AND EXISTS (SELECT 1 FROM webhook w WHERE w.id = d.webhook_id AND w.enabled)
                 ORDER BY d.next_attempt_at
                 LIMIT $3
                   FOR UPDATE OF d SKIP LOCKED)
            UPDATE webhook_delivery d SET leased_until = $2 FROM due WHERE d.id = due.id
            RETURNING d.id""";

    /**
     * Takes up to {@code most} due deliveries of enabled webhooks, held for this replica until
     * {@code until}; another replica skips them meanwhile, and takes them once the hold ran out
     * (this replica died sending them, say). Answers their ids.
     */
    Uni<List<UUID>> claimDue(Instant now, Instant until, int most) {
        return getSession()
                .chain(session -> SessionSql.select(
                        session, CLAIM, now.atOffset(ZoneOffset.UTC), until.atOffset(ZoneOffset.UTC), most))
                .map(rows -> rows.stream().map(row -> (UUID) row[0]).toList());
    }

    /** The webhook's pending deliveries due now with a full retry period, as it is enabled again. */
    Uni<Integer> resume(UUID webhookId, Instant now) {
        return update(
                "nextAttemptAt = ?1, retryingSince = ?1 where webhookId = ?2 and status = ?3",
                now,
                webhookId,
                WebhookDelivery.PENDING);
    }

    /** A page of a webhook's deliveries, newest first, of {@code status} when given. */
    Uni<List<WebhookDelivery>> page(UUID webhookId, String status, PageRequest page) {
        StringBuilder query = new StringBuilder("webhookId = :webhook");
        Parameters parameters = Parameters.with("webhook", webhookId);
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        page.after().ifPresent(after -> {
            query.append(" and (createdAt, id) < (:afterAt, :afterId)");
            parameters.and("afterAt", after.lastInstant()).and("afterId", after.lastId());
        });
        return find(query + " order by createdAt desc, id desc", parameters)
                .range(0, page.fetchSize() - 1)
                .list();
    }

    /**
     * Forgets deliveries made before {@code before} with their attempts, whatever became of them
     * (one still pending that long belongs to a webhook disabled as long); answers how many.
     */
    Uni<Integer> purgeBefore(Instant before, int most) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                DELETE FROM webhook_delivery WHERE id IN (
                                    SELECT id FROM webhook_delivery WHERE created_at < :before LIMIT :most)""")
                        .setParameter("before", before)
                        .setParameter("most", most)
                        .executeUpdate());
    }
}
