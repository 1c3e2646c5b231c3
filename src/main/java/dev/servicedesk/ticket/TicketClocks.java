package dev.servicedesk.ticket;

import io.smallrye.mutiny.Uni;
import java.time.Instant;

/**
 * Keeps a ticket's service-level clocks (the SLA policies do), told what happens to the ticket
 * within the transaction that changes it.
 */
public interface TicketClocks {
    /** A ticket was recorded for a requester of this department and VIP mark. */
    Uni<Void> recorded(Ticket ticket, String requesterDepartment, boolean requesterVip);

    /** The ticket moved from {@code from} to its status now, by the desk or by its requester. */
    Uni<Void> moved(Ticket ticket, TicketStatus from, boolean byDesk, Instant at);

    /** The desk replied publicly. */
    Uni<Void> replied(Ticket ticket, Instant at);
}
