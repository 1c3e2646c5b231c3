package dev.servicedesk.sync;

import dev.servicedesk.common.SessionSql;
import dev.servicedesk.common.SqlValues;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The placed changes (V39) a reader holds a key to, in commit order. */
@ApplicationScoped
class SyncRepository {
    /*
     * Besides the keys the caller's token gives, a person holds their department's, lower-cased
     * by PostgreSQL as the triggers lower-case an announcement's, and one for every AFFECTED_USERS
     * announcement that went to them (an array subquery, run once per page).
     */
    private static final String AFTER = """
            SELECT position, resource_type, resource_id, ticket_id FROM sync_change
             WHERE position > $1
               AND audience && (CAST($2 AS text[]) || ('department:' || lower($3))
                                || ARRAY(SELECT 'announcement:' || announcement_id
                                                                 FROM announcement_audience
                                                                WHERE person_id = $4))
             ORDER BY position
             LIMIT $5""";

    /** Up to {@code limit} changes after {@code after} told to {@code reader}. */
    @WithSession
    Uni<List<PlacedChange>> after(SyncReader reader, long after, int limit) {
        return Panache.getSession()
                .chain(session -> SessionSql.select(
                        session,
                        AFTER,
                        after,
                        reader.keys().toArray(String[]::new),
                        reader.department(),
                        reader.personId(),
                        limit))
                .map(rows -> rows.stream()
                        .map(row -> new PlacedChange(
                                SqlValues.count(row[0]),
                                ResourceType.ofWireName((String) row[1]),
                                SqlValues.uuid(row[2]),
                                row[3] == null ? null : SqlValues.uuid(row[3])))
                        .toList());
    }

    /** A change in commit order: which resource, and a comment's ticket. */
    record PlacedChange(long position, ResourceType type, UUID resourceId, UUID ticketId) {}
}
