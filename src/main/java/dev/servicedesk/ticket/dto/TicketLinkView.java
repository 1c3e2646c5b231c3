package dev.servicedesk.ticket.dto;

import dev.servicedesk.ticket.Ticket;
import dev.servicedesk.ticket.TicketLink;
import dev.servicedesk.ticket.TicketLinkType;
import java.time.Instant;
import java.util.UUID;

public record TicketLinkView(UUID id, TicketLinkType type, LinkedTicket ticket, UUID createdById, Instant createdAt) {

    /** The link as {@code seenFrom} sees it, {@code other} being the ticket at its far end. */
    public static TicketLinkView of(TicketLink link, UUID seenFrom, Ticket other) {
        return new TicketLinkView(
                link.id(), link.typeSeenFrom(seenFrom), LinkedTicket.of(other), link.createdById(), link.createdAt());
    }
}
