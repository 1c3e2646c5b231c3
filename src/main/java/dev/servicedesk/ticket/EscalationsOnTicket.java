package dev.servicedesk.ticket;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.UUID;

/** Keeps a ticket's escalations (the escalations do), told within the transaction that finishes the ticket. */
public interface EscalationsOnTicket {
    /** The ticket was resolved or cancelled: the escalations accepted for it have done their work. */
    Uni<Void> finished(Ticket ticket, UUID actorId, Instant at);
}
