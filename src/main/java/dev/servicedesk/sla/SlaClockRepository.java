package dev.servicedesk.sla;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class SlaClockRepository implements PanacheRepositoryBase<SlaClock, UUID> {

    /**
     * Up to {@code batch} running clocks whose next threshold has come, locked for this
     * transaction: those another checker holds are skipped, so checkers share the work.
     */
    Uni<List<SlaClock>> claimDue(Instant now, int batch) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT * FROM sla_clock WHERE state = 'RUNNING' AND next_check_at <= :now"
                                        + " ORDER BY next_check_at LIMIT :batch FOR UPDATE SKIP LOCKED",
                                SlaClock.class)
                        .setParameter("now", now)
                        .setParameter("batch", batch)
                        .getResultList());
    }

    /** A ticket's clocks, in target order. */
    Uni<List<SlaClock>> ofTicket(UUID ticketId) {
        return list("ticketId = ?1 order by target", ticketId);
    }
}
