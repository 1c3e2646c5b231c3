package dev.servicedesk.ticket;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.UUID;

/** Keeps a ticket's escalations (the escalations do), told within the transaction that ends their work. */
public interface EscalationsOnTicket {
    /**
     * The ticket was resolved or cancelled: the escalations accepted for it have done their work,
     * and {@code how} says why they close.
     */
    Uni<Void> workDone(Ticket ticket, UUID actorId, String how, Instant at);

    /**
     * The ticket left {@code queueId} (handed back, or assigned elsewhere): the escalations accepted
     * there have done their work; those accepted elsewhere stay.
     */
    Uni<Void> leftQueue(Ticket ticket, UUID queueId, UUID actorId, String how, Instant at);
}
