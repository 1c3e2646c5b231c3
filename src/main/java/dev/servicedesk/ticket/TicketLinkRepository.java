package dev.servicedesk.ticket;

import dev.servicedesk.common.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class TicketLinkRepository implements PanacheRepositoryBase<TicketLink, UUID> {

    /** Every link that touches either ticket: what a new link between them must fit among. */
    Uni<List<TicketLink>> touching(UUID a, UUID b) {
        return list("sourceId in ?1 or targetId in ?1", List.of(a, b));
    }

    /** The link, if {@code ticketId} is one of its ends. */
    Uni<TicketLink> findOf(UUID ticketId, UUID linkId) {
        return find("id = ?1 and (sourceId = ?2 or targetId = ?2)", linkId, ticketId)
                .firstResult();
    }

    /**
     * One page of a ticket's links in the order they were made, one row long to tell whether
     * more follow; {@code type} as the ticket sees them; {@code requesterId}, when set, keeps only
     * links to that requester's tickets.
     */
    Uni<List<TicketLink>> page(UUID ticketId, TicketLinkType type, UUID requesterId, PageRequest page) {
        Parameters parameters = Parameters.with("ticket", ticketId);
        StringBuilder query = new StringBuilder();
        if (type == null || type == TicketLinkType.RELATES_TO) {
            query.append("(sourceId = :ticket or targetId = :ticket)");
        } else {
            query.append(type.isStored() ? "sourceId = :ticket" : "targetId = :ticket");
        }
        if (type != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", type.isStored() ? type : type.inverse());
        }
        if (requesterId != null) {
            query.append(" and (case when sourceId = :ticket then targetId else sourceId end)"
                    + " in (select t.id from Ticket t where t.requesterId = :requester)");
            parameters.and("requester", requesterId);
        }
        page.after().ifPresent(after -> {
            query.append(" and (createdAt, id) > (:afterCreatedAt, :afterId)");
            parameters.and("afterCreatedAt", after.lastInstant()).and("afterId", after.lastId());
        });
        return find(query + " order by createdAt, id", parameters)
                .range(0, page.fetchSize() - 1)
                .list();
    }
}
