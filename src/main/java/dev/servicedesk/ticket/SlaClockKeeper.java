package dev.servicedesk.ticket;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

/**
 * Keeps a ticket's service-level clocks (the SLA policies do), told what happens to the ticket
 * within the transaction that changes it.
 */
public interface SlaClockKeeper {
    /** A ticket was recorded for a requester of this department and VIP mark. */
    Uni<Void> recorded(Ticket ticket, String requesterDepartment, boolean requesterVip);

    /** The ticket moved from {@code from} to its status now, by the desk or by its requester. */
    Uni<Void> moved(Ticket ticket, TicketStatus from, boolean byDesk, Instant at);

    /** The desk replied publicly. */
    Uni<Void> replied(Ticket ticket, Instant at);

    /**
     * The ticket's priority, category or queue changed: its policy is chosen again and its open
     * clocks re-targeted; answers each due time that moved, old → new, for the timeline.
     */
    Uni<List<FieldChange>> reclassified(Ticket ticket, Instant at);
}
