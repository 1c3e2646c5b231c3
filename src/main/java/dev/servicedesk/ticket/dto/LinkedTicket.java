package dev.servicedesk.ticket.dto;

import dev.servicedesk.ticket.Priority;
import dev.servicedesk.ticket.Ticket;
import dev.servicedesk.ticket.TicketStatus;
import dev.servicedesk.ticket.TicketType;
import java.util.UUID;

public record LinkedTicket(
        UUID id, String key, TicketType type, TicketStatus status, Priority priority, String subject) {

    public static LinkedTicket of(Ticket ticket) {
        return new LinkedTicket(
                ticket.id(), ticket.key(), ticket.type(), ticket.status(), ticket.priority(), ticket.subject());
    }
}
