package dev.servicedesk.ticket;

import dev.servicedesk.common.DatabaseJson;
import dev.servicedesk.common.PageRequest;
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
    private static final String INSERT_ALL = """
            INSERT INTO timeline_entry (id, ticket_id, kind, visibility, author_id, body, details, created_at)
            SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:tickets AS uuid[]), CAST(:kinds AS text[]),
                                 CAST(:visibilities AS text[]), CAST(:authors AS uuid[]), CAST(:bodies AS text[]),
                                 CAST(CAST(:details AS text[]) AS jsonb[]), CAST(CAST(:times AS text[]) AS timestamptz[]))""";

    /**
     * Appends many entries in one statement, for the service's own bulk work (the SLA checker's).
     * The details go as text: a string bound to a jsonb parameter would be stored as a JSON string.
     */
    Uni<Integer> insertAll(List<TimelineEntry> entries) {
        return getSession()
                .chain(session -> session.createNativeQuery(INSERT_ALL)
                        .setParameter(
                                "ids", entries.stream().map(TimelineEntry::id).toArray(UUID[]::new))
                        .setParameter(
                                "tickets",
                                entries.stream().map(TimelineEntry::ticketId).toArray(UUID[]::new))
                        .setParameter(
                                "kinds",
                                entries.stream().map(e -> e.kind().name()).toArray(String[]::new))
                        .setParameter(
                                "visibilities",
                                entries.stream().map(e -> e.visibility().name()).toArray(String[]::new))
                        .setParameter(
                                "authors",
                                entries.stream().map(TimelineEntry::authorId).toArray(UUID[]::new))
                        .setParameter(
                                "bodies",
                                entries.stream().map(TimelineEntry::body).toArray(String[]::new))
                        .setParameter(
                                "details",
                                entries.stream()
                                        .map(e -> DatabaseJson.write(e.details()))
                                        .toArray(String[]::new))
                        .setParameter("times", SqlArrays.timestamps(entries, TimelineEntry::createdAt))
                        .executeUpdate());
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
