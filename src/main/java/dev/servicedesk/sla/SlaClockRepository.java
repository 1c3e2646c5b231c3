package dev.servicedesk.sla;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class SlaClockRepository implements PanacheRepositoryBase<SlaClock, UUID> {

    /** A ticket's clocks, in target order. */
    Uni<List<SlaClock>> ofTicket(UUID ticketId) {
        return list("ticketId = ?1 order by target", ticketId);
    }
}
