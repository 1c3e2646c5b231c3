package dev.servicedesk.ticket.dto;

import dev.servicedesk.ticket.TicketLinkType;
import java.time.Instant;
import java.util.UUID;

public record TicketLink(UUID id, TicketLinkType type, LinkedTicket ticket, UUID createdById, Instant createdAt) {

    /** The link as {@code seenFrom} sees it, {@code other} being the ticket at its far end. */
    public static TicketLink of(
            dev.servicedesk.ticket.TicketLink link, UUID seenFrom, dev.servicedesk.ticket.Ticket other) {
        return new TicketLink(
                link.id(), link.typeSeenFrom(seenFrom), LinkedTicket.of(other), link.createdById(), link.createdAt());
    }
}
