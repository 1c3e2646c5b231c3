package dev.servicedesk.ticket;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
class TicketRepository implements PanacheRepositoryBase<Ticket, UUID> {

    /** The next human key of a type, unique under concurrency (a rolled-back create leaves a gap). */
    Uni<String> nextKey(TicketType type) {
        String sequence = "ticket_number_" + type.name().toLowerCase(Locale.ROOT);
        return getSession()
                .chain(session -> session.createNativeQuery("SELECT nextval('" + sequence + "')", Long.class)
                        .getSingleResult())
                .map(number -> type.keyPrefix() + "-" + number);
    }

    /**
     * Claims up to {@code batch} tickets resolved before {@code cutoff} for this transaction: rows
     * another replica has claimed are skipped, so replicas share the work without doing it twice.
     */
    Uni<List<Ticket>> claimResolvedBefore(Instant cutoff, int batch) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT * FROM ticket WHERE status = 'RESOLVED' AND resolved_at <= :cutoff"
                                        + " ORDER BY resolved_at LIMIT :batch FOR UPDATE SKIP LOCKED",
                                Ticket.class)
                        .setParameter("cutoff", cutoff)
                        .setParameter("batch", batch)
                        .getResultList());
    }

    Uni<Ticket> findByKey(String key) {
        return find("ticketKey", key).firstResult();
    }

    /** One page in (createdAt, id) order, fetched one row long to tell whether another follows. */
    Uni<List<Ticket>> list(TicketFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!filter.statuses().isEmpty()) {
            conditions.add("status in :statuses");
            parameters.and("statuses", filter.statuses());
        }
        condition(conditions, parameters, "type", filter.type());
        condition(conditions, parameters, "category", filter.category());
        condition(conditions, parameters, "priority", filter.priority());
        condition(conditions, parameters, "channel", filter.channel());
        condition(conditions, parameters, "requesterId", filter.requesterId());
        condition(conditions, parameters, "ticketKey", filter.key());
        if (filter.createdFrom() != null) {
            conditions.add("createdAt >= :createdFrom");
            parameters.and("createdFrom", filter.createdFrom());
        }
        if (filter.createdTo() != null) {
            conditions.add("createdAt < :createdTo");
            parameters.and("createdTo", filter.createdTo());
        }
        if (filter.updatedFrom() != null) {
            conditions.add("updatedAt >= :updatedFrom");
            parameters.and("updatedFrom", filter.updatedFrom());
        }
        if (filter.updatedTo() != null) {
            conditions.add("updatedAt < :updatedTo");
            parameters.and("updatedTo", filter.updatedTo());
        }
        if (filter.text() != null) {
            conditions.add("(subject ilike :text escape '\\' or description ilike :text escape '\\')");
            parameters.and("text", "%" + escapeLike(filter.text()) + "%");
        }
        String direction = filter.newestFirst() ? "desc" : "asc";
        filter.page().after().ifPresent(after -> {
            String beyond = filter.newestFirst() ? "<" : ">";
            conditions.add("(createdAt " + beyond + " :afterCreatedAt or (createdAt = :afterCreatedAt and id " + beyond
                    + " :afterId))");
            parameters.and("afterCreatedAt", after.lastInstant()).and("afterId", after.lastId());
        });
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where + " order by createdAt " + direction + ", id " + direction, parameters)
                .range(0, filter.page().fetchSize() - 1)
                .list();
    }

    /** The text matched literally: LIKE's wildcards and escape character lose their meaning. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void condition(List<String> conditions, Parameters parameters, String field, Object value) {
        if (value != null) {
            conditions.add(field + " = :" + field);
            parameters.and(field, value);
        }
    }
}
