package dev.servicedesk.ticket;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Pages of the desk's work lists: rows selected for the page (projections, never managed
 * tickets), in the list's order, one row long to tell whether another page follows.
 */
@ApplicationScoped
class WorkListRows implements PanacheRepositoryBase<Ticket, UUID> {
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
}
