package dev.servicedesk.ticket;

import dev.servicedesk.common.Ids;
import dev.servicedesk.common.SessionSql;
import io.quarkus.hibernate.orm.runtime.PersistenceUnitUtil;
import io.quarkus.hibernate.reactive.panache.common.runtime.SessionOperations;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Tickets as the API shows them: each read in one prepared statement, its JSON built by PostgreSQL
 * for the viewer, never through an entity.
 */
@ApplicationScoped
class TicketDocuments {
    /**
     * The contract's Ticket, less allowedActions (decided by the service for the caller): all of it
     * for the desk; for a requester ({@code $1} false) without the desk's labels and routing, and
     * of its configuration items only those they own, in the ticket's order.
     */
    private static final String SELECT = """
            SELECT t.id, t.version, t.status, t.requester_id, t.queue_id, t.tier, t.hand_back_queue_id, t.resolved_at,
                   json_build_object(
                       'id', t.id,
                       'key', t.ticket_key,
                       'type', t.type,
                       'status', t.status,
                       'category', t.category,
                       'impact', t.impact,
                       'urgency', t.urgency,
                       'priority', t.priority,
                       'channel', t.channel,
                       'subject', t.subject,
                       'description', t.description,
                       'requesterId', t.requester_id,
                       'createdById', t.created_by_id,
                       'queueId', t.queue_id,
                       'tier', t.tier,
                       'assigneeId', t.assignee_id,
                       'tags', CASE WHEN $1 THEN t.tags ELSE '{}' END,
                       'handBackQueueId', CASE WHEN $1 THEN t.hand_back_queue_id END,
                       'firstContactResolution', t.first_contact_resolution,
                       'occurredAt', api_instant(t.occurred_at),
                       'affectedUsers', t.affected_users,
                       'affectedSystems', t.facts -> 'affectedSystems',
                       'ciIds', CASE
                                    WHEN $1 OR cardinality(t.ci_ids) = 0 THEN t.ci_ids
                                    ELSE ARRAY(SELECT item.id
                                                 FROM unnest(t.ci_ids) WITH ORDINALITY AS item (id, position)
                                                WHERE EXISTS (SELECT 1 FROM ci
                                                               WHERE ci.id = item.id AND ci.owner_id = $2)
                                                ORDER BY item.position)
                                END,
                       'errorMessages', t.facts -> 'errorMessages',
                       'stepsTried', t.facts -> 'stepsTried',
                       'environment', t.facts -> 'environment',
                       'contact', t.facts -> 'contact',
                       'pendingReason', t.pending_reason,
                       'resolutionCode', t.resolution_code,
                       'resolutionNotes', t.resolution_notes,
                       'resolutionArticleId', CASE WHEN $1 THEN t.resolution_article_id END,
                       'resolvedAt', api_instant(t.resolved_at),
                       'closedAt', api_instant(t.closed_at),
                       'cancelReason', t.cancel_reason,
                       'createdAt', api_instant(t.created_at),
                       'updatedAt', api_instant(t.updated_at))::text
              FROM ticket t
             WHERE\s""";

    private static final String BY_ID = SELECT + "t.id = $3";
    private static final String BY_KEY = SELECT + "t.ticket_key = $3";
    private static final String BY_IDS = SELECT + "t.id = ANY($3)";

    private static final int COLUMNS = 9;

    private final Pool pool;

    TicketDocuments(Pool pool) {
        this.pool = pool;
    }

    /**
     * The ticket {@code ref} names (its id or key) as {@code viewer} sees it: all of it for the
     * {@code desk}, a requester's view otherwise; null when there is none. Within a session it is
     * read on the session's connection (inside a transaction after what it changed so far is
     * written, so that a change answers with the ticket as it now stands); otherwise on the pool.
     */
    Uni<TicketDocument> read(String ref, boolean desk, UUID viewer) {
        Optional<UUID> id = Ids.parse(ref);
        if (id.isEmpty() && !couldBeKey(ref)) {
            return Uni.createFrom().nullItem();
        }
        String statement = id.isPresent() ? BY_ID : BY_KEY;
        Object key = id.isPresent() ? id.get() : ref.toUpperCase(Locale.ROOT);
        Mutiny.Session session = SessionOperations.getCurrentSession(PersistenceUnitUtil.DEFAULT_PERSISTENCE_UNIT_NAME);
        if (session != null) {
            // On the session's own connection: it holds one already, and a transaction's changes show.
            return SessionSql.selectFlushed(session, statement, desk, viewer, key)
                    .map(rows -> rows.isEmpty() ? null : document(rows.get(0)));
        }
        return pool.preparedQuery(statement)
                .execute(Tuple.of(desk, viewer, key))
                .map(rows -> {
                    RowIterator<Row> found = rows.iterator();
                    return found.hasNext() ? document(found.next()) : null;
                });
    }

    /**
     * The tickets among {@code ids} as {@code viewer} sees each, in one statement on the pool (for
     * a reader outside any session, the sync feed); those that do not exist are left out.
     */
    Uni<List<TicketDocument>> readAll(Collection<UUID> ids, boolean desk, UUID viewer) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery(BY_IDS)
                .execute(Tuple.of(desk, viewer, ids.toArray(UUID[]::new)))
                .map(rows -> {
                    List<TicketDocument> documents = new ArrayList<>(rows.size());
                    rows.forEach(row -> documents.add(document(row)));
                    return documents;
                });
    }

    /** A key is short text PostgreSQL can hold: a NUL, say, names no ticket (and the database would refuse it). */
    private static boolean couldBeKey(String ref) {
        return !ref.isEmpty() && ref.length() <= 64 && ref.indexOf('\u0000') < 0;
    }

    private static TicketDocument document(Row row) {
        Object[] values = new Object[COLUMNS];
        for (int i = 0; i < COLUMNS; i++) {
            values[i] = row.getValue(i);
        }
        return document(values);
    }

    private static TicketDocument document(Object[] row) {
        return new TicketDocument(
                (UUID) row[0],
                ((Number) row[1]).longValue(),
                TicketStatus.valueOf((String) row[2]),
                (UUID) row[3],
                (UUID) row[4],
                (Integer) row[5],
                (UUID) row[6],
                row[7] == null ? null : ((OffsetDateTime) row[7]).toInstant(),
                (String) row[8]);
    }
}
