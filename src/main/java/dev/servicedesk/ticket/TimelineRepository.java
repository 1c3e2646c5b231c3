package dev.servicedesk.ticket;

import dev.servicedesk.common.DatabaseJson;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.SessionSql;
import dev.servicedesk.common.SqlArrays;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, UUID> {
    private static final String INSERT = """
            INSERT INTO timeline_entry (id, ticket_id, kind, visibility, author_id, body, details, created_at)
            SELECT * FROM unnest(CAST($1 AS uuid[]), CAST($2 AS uuid[]), CAST($3 AS text[]), CAST($4 AS text[]),
                                 CAST($5 AS uuid[]), CAST($6 AS text[]), CAST(CAST($7 AS text[]) AS jsonb[]),
                                 CAST(CAST($8 AS text[]) AS timestamptz[]))""";

    Uni<Void> append(TimelineEntry... entries) {
        return append(List.of(entries));
    }

    /**
     * Writes entries in one statement, never through the session (an entry, once written, never
     * changes), after the session's pending changes: an entry refers to its ticket, which this
     * transaction may have just recorded. The details go as text: a string bound to a jsonb
     * parameter would be stored as a JSON string.
     */
    Uni<Void> append(List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return getSession()
                .chain(session -> SessionSql.executeFlushed(
                        session,
                        INSERT,
                        entries.stream().map(TimelineEntry::id).toArray(UUID[]::new),
                        entries.stream().map(TimelineEntry::ticketId).toArray(UUID[]::new),
                        entries.stream().map(e -> e.kind().name()).toArray(String[]::new),
                        entries.stream().map(e -> e.visibility().name()).toArray(String[]::new),
                        entries.stream().map(TimelineEntry::authorId).toArray(UUID[]::new),
                        entries.stream().map(TimelineEntry::body).toArray(String[]::new),
                        entries.stream()
                                .map(e -> DatabaseJson.write(e.details()))
                                .toArray(String[]::new),
                        SqlArrays.timestamps(entries, TimelineEntry::createdAt)))
                .replaceWithVoid();
    }

    /**
     * The comments among {@code ids} a reader may see, as {@link TimelineEntry#isCommentOn} decides
     * for one: the desk any; anyone else the public ones on the tickets they requested.
     */
    Uni<List<TimelineEntry>> commentsShown(Collection<UUID> ids, boolean desk, UUID reader) {
        Parameters parameters = Parameters.with("ids", ids).and("comment", TimelineEntryKind.COMMENT);
        String comments = "from TimelineEntry e where e.id in :ids and e.kind = :comment";
        if (desk) {
            return list(comments, parameters);
        }
        return list(
                comments + " and e.visibility = :public"
                        + " and exists (from Ticket t where t.id = e.ticketId and t.requesterId = :reader)",
                parameters.and("public", Visibility.PUBLIC).and("reader", reader));
    }

    /** One page of a ticket's entries, oldest first, one row long to tell whether more follow. */
    Uni<List<TimelineEntry>> page(UUID ticketId, boolean includeInternal, boolean newestFirst, PageRequest page) {
        StringBuilder query = new StringBuilder("ticketId = :ticketId");
        Parameters parameters = Parameters.with("ticketId", ticketId);
        if (!includeInternal) {
            query.append(" and visibility = :visibility");
            parameters.and("visibility", Visibility.PUBLIC);
        }
        String beyond = newestFirst ? "<" : ">";
        page.after().ifPresent(after -> {
            query.append(" and (createdAt, id) " + beyond + " (:afterCreatedAt, :afterId)");
            parameters.and("afterCreatedAt", after.lastInstant()).and("afterId", after.lastId());
        });
        String direction = newestFirst ? " desc" : "";
        return find(query + " order by createdAt" + direction + ", id" + direction, parameters)
                .range(0, page.fetchSize() - 1)
                .list();
    }

    /** The latest {@code limit} entries of a ticket, internal ones included, oldest first. */
    Uni<List<TimelineEntry>> latest(UUID ticketId, int limit) {
        return find("ticketId = ?1 order by createdAt desc, id desc", ticketId)
                .range(0, limit - 1)
                .list()
                .map(rows -> {
                    List<TimelineEntry> oldestFirst = new ArrayList<>(rows);
                    Collections.reverse(oldestFirst);
                    return oldestFirst;
                });
    }
}
