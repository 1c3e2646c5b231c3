package dev.servicedesk.escalation;

import dev.servicedesk.common.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class EscalationRepository implements PanacheRepositoryBase<Escalation, UUID> {

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
