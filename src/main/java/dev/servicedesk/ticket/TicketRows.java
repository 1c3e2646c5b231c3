package dev.servicedesk.ticket;

import dev.servicedesk.common.LikePattern;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.TextFold;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Pages of tickets as lists show them: rows selected for the page (projections, never managed
 * tickets), in the list's order, one row long to tell whether another page follows.
 */
@ApplicationScoped
class TicketRows implements PanacheRepositoryBase<Ticket, UUID> {
    /** One page in the filter's order, fetched one row long to tell whether another follows. */
    Uni<List<TicketListRow>> list(TicketFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!filter.statuses().isEmpty()) {
            conditions.add("status in :statuses");
            parameters.and("statuses", filter.statuses());
        }
        condition(conditions, parameters, "type", filter.type());
        condition(conditions, parameters, "classification.category", filter.category());
        condition(conditions, parameters, "classification.priority", filter.priority());
        condition(conditions, parameters, "classification.channel", filter.channel());
        condition(conditions, parameters, "requesterId", filter.requesterId());
        condition(conditions, parameters, "placement.queueId", filter.queueId());
        condition(conditions, parameters, "resolution.resolutionArticleId", filter.articleId());
        condition(conditions, parameters, "placement.assigneeId", filter.assigneeId());
        condition(conditions, parameters, "ticketKey", filter.key());
        if (!filter.ciIds().isEmpty()) {
            conditions.add("array_intersects(ciIds, :ciIds)");
            parameters.and("ciIds", filter.ciIds().toArray(UUID[]::new));
        }
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
            conditions.add("(report.searchSubject like :text " + LikePattern.ESCAPE
                    + " or report.searchDescription like :text " + LikePattern.ESCAPE + ")");
            parameters.and("text", LikePattern.containing(TextFold.of(filter.text())));
        }
        TicketSort sort = filter.sort();
        String direction = sort.descending() ? " desc" : " asc";
        List<String> keyset = new ArrayList<>(sort.attributes());
        keyset.add("id");
        if (!filter.after().isEmpty()) {
            conditions.add(after(
                    keyset,
                    sort.descending() ? "<" : ">",
                    filter.after(),
                    filter.page().after().orElseThrow().lastId(),
                    parameters));
        }
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        String order = keyset.stream().map(attribute -> attribute + direction).collect(Collectors.joining(", "));
        return rows(
                LIST_ROW + where + " order by " + order,
                TicketListRow.class,
                parameters,
                filter.page().fetchSize());
    }

    /**
     * One page of the open incidents other than {@code ticketId} naming one of {@code ciIds}, the
     * newest first, one row long to tell whether another follows.
     */
    Uni<List<TicketListRow>> openIncidentsOn(UUID ticketId, List<UUID> ciIds, PageRequest page) {
        List<String> conditions = new ArrayList<>(List.of(
                "finished = false",
                "type = dev.servicedesk.ticket.TicketType.INCIDENT",
                "id <> :ticket",
                "array_intersects(ciIds, :ciIds)"));
        Parameters parameters = Parameters.with("ticket", ticketId).and("ciIds", ciIds.toArray(UUID[]::new));
        page.after().ifPresent(after -> {
            conditions.add("(createdAt, id) < (:afterAt, :afterId)");
            parameters.and("afterAt", after.lastInstant()).and("afterId", after.lastId());
        });
        String where = String.join(" and ", conditions);
        return rows(
                LIST_ROW + where + " order by createdAt desc, id desc",
                TicketListRow.class,
                parameters,
                page.fetchSize());
    }

    /** What a list reads of a ticket, in {@link TicketListRow}'s order (Panache's project() reflects per query). */
    private static final String LIST_ROW = "select new dev.servicedesk.ticket.TicketListRow(id, ticketKey, type,"
            + " status, classification.category, classification.priority, classification.channel, report.subject,"
            + " requesterId, placement.queueId, placement.assigneeId, ciIds, createdAt, updatedAt, finished,"
            + " priorityRank, slaDueRank) from Ticket where ";

    private <R> Uni<List<R>> rows(String hql, Class<R> type, Parameters parameters, int fetchSize) {
        return getSession().chain(session -> {
            var query = session.createSelectionQuery(hql, type);
            parameters.map().forEach(query::setParameter);
            return query.setMaxResults(fetchSize).getResultList();
        });
    }

    /** One page of a queue's open tickets, most urgent first, then oldest. */
    Uni<List<WorkRow>> workingList(UUID queueId, WorkListFilter filter) {
        List<String> conditions = new ArrayList<>(List.of("t.placement.queueId = :queue", "t.finished = false"));
        Parameters parameters = Parameters.with("queue", queueId);
        if (filter.assigneeId() != null) {
            conditions.add("t.placement.assigneeId = :assignee");
            parameters.and("assignee", filter.assigneeId());
        }
        if (filter.unassigned() != null) {
            conditions.add(
                    filter.unassigned() ? "t.placement.assigneeId is null" : "t.placement.assigneeId is not null");
        }
        return workRows(conditions, parameters, filter.page());
    }

    /**
     * One page of the NEW tickets nobody has taken, oldest first: in {@code queueIds} and, when
     * {@code unrouted}, in no queue; every one of them when {@code queueIds} is null.
     */
    Uni<List<WorkRow>> triage(Collection<UUID> queueIds, boolean unrouted, OrderedPage page) {
        List<String> conditions = new ArrayList<>(
                List.of("t.status = dev.servicedesk.ticket.TicketStatus.NEW", "t.placement.assigneeId is null"));
        Parameters parameters = new Parameters();
        if (queueIds != null) {
            List<String> scope = new ArrayList<>();
            if (!queueIds.isEmpty()) {
                scope.add("t.placement.queueId in :queues");
                parameters.and("queues", queueIds);
            }
            if (unrouted) {
                scope.add("t.placement.queueId is null");
            }
            if (scope.isEmpty()) {
                return Uni.createFrom().item(List.of());
            }
            conditions.add("(" + String.join(" or ", scope) + ")");
        }
        return workRows(conditions, parameters, page);
    }

    private Uni<List<WorkRow>> workRows(List<String> conditions, Parameters parameters, OrderedPage page) {
        List<String> keyset = new ArrayList<>(page.sort().attributes().stream()
                .map(attribute -> "t." + attribute)
                .toList());
        keyset.add("t.id");
        if (!page.after().isEmpty()) {
            conditions.add(after(
                    keyset, ">", page.after(), page.page().after().orElseThrow().lastId(), parameters));
        }
        String hql =
                "select new dev.servicedesk.ticket.WorkRow(t.id, t.ticketKey, t.type, t.status, t.classification.priority,"
                        + " t.report.subject, t.placement.queueId, t.placement.assigneeId, coalesce(p.name, p.email), t.slaDueAt, t.createdAt,"
                        + " t.updatedAt, t.finished, t.priorityRank, t.slaDueRank)"
                        + " from Ticket t left join Person p on p.id = t.placement.assigneeId"
                        + " where " + String.join(" and ", conditions)
                        + " order by " + String.join(", ", keyset);
        return rows(hql, WorkRow.class, parameters, page.page().fetchSize());
    }

    /** The condition for the page after a row: its sort keys and id, compared as one tuple; the values bound. */
    private static String after(
            List<String> keyset, String comparison, List<?> values, UUID lastId, Parameters parameters) {
        List<String> placeholders = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            placeholders.add(":after" + i);
            parameters.and("after" + i, values.get(i));
        }
        placeholders.add(":afterId");
        parameters.and("afterId", lastId);
        return "(" + String.join(", ", keyset) + ") " + comparison + " (" + String.join(", ", placeholders) + ")";
    }

    private static void condition(List<String> conditions, Parameters parameters, String attribute, Object value) {
        if (value != null) {
            String parameter = attribute.substring(attribute.lastIndexOf('.') + 1);
            conditions.add(attribute + " = :" + parameter);
            parameters.and(parameter, value);
        }
    }
}
