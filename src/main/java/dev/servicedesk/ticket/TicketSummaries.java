package dev.servicedesk.ticket;

import dev.servicedesk.common.LikePattern;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.SqlParameters;
import dev.servicedesk.common.TextFold;
import dev.servicedesk.ticket.dto.TicketSummary;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Pages of tickets as lists show them: one prepared statement per page on the pool, its rows read
 * straight into summaries, never through an entity; one row long to tell whether another page
 * follows. (PostgreSQL writing the summaries' JSON, as it does a ticket's, cost it four times the
 * plain columns: a list is 51 tickets.)
 */
@ApplicationScoped
class TicketSummaries {
    /** What a summary shows, at the start of every page's row. */
    private static final String SUMMARY = "t.id, t.ticket_key, t.type, t.status, t.category, t.priority, t.channel,"
            + " t.subject, t.requester_id, t.queue_id, t.assignee_id, t.created_at, t.updated_at";

    private final Pool pool;

    TicketSummaries(Pool pool) {
        this.pool = pool;
    }

    /**
     * A ticket of a page, read from its row: its summary, and where it stands in the page's order
     * (the row holds the sort keys of that order only).
     */
    record Listed(Row row) implements SortKeys {
        TicketSummary summary() {
            return new TicketSummary(
                    row.getUUID(0),
                    row.getString(1),
                    TicketType.valueOf(row.getString(2)),
                    TicketStatus.valueOf(row.getString(3)),
                    Category.valueOf(row.getString(4)),
                    Priority.valueOf(row.getString(5)),
                    Channel.valueOf(row.getString(6)),
                    row.getString(7),
                    row.getUUID(8),
                    row.getUUID(9),
                    row.getUUID(10),
                    row.getOffsetDateTime(11).toInstant(),
                    row.getOffsetDateTime(12).toInstant());
        }

        List<UUID> ciIds() {
            return List.of(row.getArrayOfUUIDs("ci_ids"));
        }

        @Override
        public UUID id() {
            return row.getUUID(0);
        }

        @Override
        public boolean finished() {
            return row.getBoolean("finished");
        }

        @Override
        public Instant createdAt() {
            return row.getOffsetDateTime(11).toInstant();
        }

        @Override
        public Instant updatedAt() {
            return row.getOffsetDateTime(12).toInstant();
        }

        @Override
        public int priorityRank() {
            return row.getInteger("priority_rank");
        }

        @Override
        public Instant slaDueRank() {
            return row.getOffsetDateTime("sla_due_rank").toInstant();
        }
    }

    /** One page in the filter's order. */
    Uni<List<Listed>> list(TicketFilter filter) {
        List<String> conditions = new ArrayList<>();
        SqlParameters parameters = new SqlParameters();
        if (!filter.statuses().isEmpty()) {
            conditions.add("t.status = ANY(:statuses)");
            parameters.with(
                    "statuses", filter.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        condition(conditions, parameters, "type", filter.type());
        condition(conditions, parameters, "category", filter.category());
        condition(conditions, parameters, "priority", filter.priority());
        condition(conditions, parameters, "channel", filter.channel());
        condition(conditions, parameters, "requester_id", filter.requesterId());
        condition(conditions, parameters, "queue_id", filter.queueId());
        condition(conditions, parameters, "resolution_article_id", filter.articleId());
        condition(conditions, parameters, "assignee_id", filter.assigneeId());
        condition(conditions, parameters, "ticket_key", filter.key());
        if (!filter.ciIds().isEmpty()) {
            conditions.add("t.ci_ids && :ciIds");
            parameters.with("ciIds", filter.ciIds().toArray(UUID[]::new));
        }
        range(conditions, parameters, "created_at", filter.createdFrom(), filter.createdTo());
        range(conditions, parameters, "updated_at", filter.updatedFrom(), filter.updatedTo());
        if (filter.text() != null) {
            conditions.add("(t.search_subject LIKE :text " + LikePattern.ESCAPE + " OR t.search_description LIKE :text "
                    + LikePattern.ESCAPE + ")");
            parameters.with("text", LikePattern.containing(TextFold.of(filter.text())));
        }
        return page(conditions, parameters, filter.sort(), filter.after(), filter.page());
    }

    /**
     * One page of the open incidents other than {@code ticketId} naming one of {@code ciIds}, the
     * newest first.
     */
    Uni<List<Listed>> openIncidentsOn(UUID ticketId, List<UUID> ciIds, PageRequest page) {
        List<String> conditions =
                new ArrayList<>(List.of("NOT t.finished", "t.type = :incident", "t.id <> :ticket", "t.ci_ids && :cis"));
        SqlParameters parameters = new SqlParameters()
                .with("incident", TicketType.INCIDENT)
                .with("ticket", ticketId)
                .with("cis", ciIds.toArray(UUID[]::new));
        List<Object> after = page.after()
                .map(cursor -> List.<Object>of(cursor.lastInstant()))
                .orElse(List.of());
        return page(conditions, parameters, TicketSort.NEWEST_FIRST, after, page);
    }

    /** The page's tickets: their summaries, their items, and the columns their order compares. */
    private Uni<List<Listed>> page(
            List<String> conditions, SqlParameters parameters, TicketSort sort, List<Object> after, PageRequest page) {
        List<String> keyset = new ArrayList<>(sort.columns());
        keyset.add("id");
        String keys = keyset.stream().map(column -> "t." + column).collect(Collectors.joining(", "));
        if (!after.isEmpty()) {
            List<String> position = new ArrayList<>();
            for (int i = 0; i < after.size(); i++) {
                position.add(":after" + i);
                parameters.with("after" + i, after.get(i));
            }
            position.add(":afterId");
            parameters.with("afterId", page.after().orElseThrow().lastId());
            conditions.add(
                    "(" + keys + ")" + (sort.descending() ? " < " : " > ") + "(" + String.join(", ", position) + ")");
        }
        String direction = sort.descending() ? " DESC" : "";
        SqlParameters.Bound bound = parameters
                .with("limit", page.fetchSize())
                .bind("SELECT " + SUMMARY + ", t.ci_ids, " + keys + " FROM ticket t"
                        + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                        + " ORDER BY "
                        + keyset.stream()
                                .map(column -> "t." + column + direction)
                                .collect(Collectors.joining(", "))
                        + " LIMIT :limit");
        return pool.preparedQuery(bound.sql()).execute(bound.parameters()).map(rows -> {
            List<Listed> listed = new ArrayList<>(rows.size());
            for (Row row : rows) {
                listed.add(new Listed(row));
            }
            return listed;
        });
    }

    private static void condition(List<String> conditions, SqlParameters parameters, String column, Object value) {
        if (value != null) {
            conditions.add("t." + column + " = :" + column.replace("_", ""));
            parameters.with(column.replace("_", ""), value);
        }
    }

    private static void range(
            List<String> conditions, SqlParameters parameters, String column, Instant from, Instant to) {
        String name = column.replace("_", "");
        if (from != null) {
            conditions.add("t." + column + " >= :" + name + "From");
            parameters.with(name + "From", from);
        }
        if (to != null) {
            conditions.add("t." + column + " < :" + name + "To");
            parameters.with(name + "To", to);
        }
    }
}
