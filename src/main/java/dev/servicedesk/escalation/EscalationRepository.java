package dev.servicedesk.escalation;

import dev.servicedesk.common.PageRequest;
import dev.servicedesk.ticket.Priority;
import dev.servicedesk.ticket.TicketStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class EscalationRepository implements PanacheRepositoryBase<Escalation, UUID> {

    /**
     * Up to {@code batch} escalations still OPEN since before {@code cutoff} and not yet followed
     * up, locked for this transaction; those another replica holds are skipped.
     */
    Uni<List<Escalation>> claimOverdue(Instant cutoff, int batch) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT * FROM escalation WHERE status = 'OPEN' AND overdue_handled_at IS NULL"
                                        + " AND escalated_at <= :cutoff ORDER BY escalated_at LIMIT :batch"
                                        + " FOR UPDATE SKIP LOCKED",
                                Escalation.class)
                        .setParameter("cutoff", cutoff)
                        .setParameter("batch", batch)
                        .getResultList());
    }

    /** An escalation with what a work list shows of its ticket. */
    record WithTicket(
            Escalation escalation,
            String key,
            String subject,
            TicketStatus status,
            Priority priority,
            Instant slaDueAt) {}

    /** One page of a work list, oldest first, one row long to tell whether more follow. */
    Uni<List<WithTicket>> page(EscalationFilter filter) {
        StringBuilder query = new StringBuilder(
                "select e, t.ticketKey, t.report.subject, t.status, t.classification.priority, t.slaDueAt from Escalation e"
                        + " join Ticket t on t.id = e.ticketId where e.status in :statuses");
        Parameters parameters = Parameters.with("statuses", filter.statuses());
        if (filter.toQueueId() != null) {
            query.append(" and e.route.toQueueId = :queue");
            parameters.and("queue", filter.toQueueId());
        }
        if (filter.toPersonId() != null) {
            query.append(" and e.route.toPersonId = :person");
            parameters.and("person", filter.toPersonId());
        }
        filter.page().after().ifPresent(after -> {
            query.append(" and (e.escalatedAt, e.id) > (:afterAt, :afterId)");
            parameters.and("afterAt", after.lastInstant()).and("afterId", after.lastId());
        });
        query.append(" order by e.escalatedAt, e.id");
        return getSession()
                .chain(session -> {
                    var select = session.createSelectionQuery(query.toString(), Object[].class);
                    parameters.map().forEach(select::setParameter);
                    return select.setMaxResults(filter.page().fetchSize()).getResultList();
                })
                .map(rows -> rows.stream()
                        .map(row -> new WithTicket(
                                (Escalation) row[0],
                                (String) row[1],
                                (String) row[2],
                                (TicketStatus) row[3],
                                (Priority) row[4],
                                (Instant) row[5]))
                        .toList());
    }

    Uni<List<Escalation>> acknowledgedOf(UUID ticketId) {
        return list("ticketId = ?1 and status = ?2 order by escalatedAt", ticketId, EscalationStatus.ACKNOWLEDGED);
    }

    Uni<Long> countOf(UUID ticketId) {
        return count("ticketId", ticketId);
    }

    /** One page of a ticket's escalations, oldest first, one row long to tell whether more follow. */
    Uni<List<Escalation>> pageOf(UUID ticketId, PageRequest page) {
        StringBuilder query = new StringBuilder("ticketId = :ticketId");
        Parameters parameters = Parameters.with("ticketId", ticketId);
        page.after().ifPresent(after -> {
            query.append(" and (escalatedAt, id) > (:afterAt, :afterId)");
            parameters.and("afterAt", after.lastInstant()).and("afterId", after.lastId());
        });
        return find(query + " order by escalatedAt, id", parameters)
                .range(0, page.fetchSize() - 1)
                .list();
    }
}
