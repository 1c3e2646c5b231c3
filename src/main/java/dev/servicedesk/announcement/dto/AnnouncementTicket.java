package dev.servicedesk.announcement.dto;

import dev.servicedesk.ticket.Ticket;
import dev.servicedesk.ticket.TicketStatus;
import dev.servicedesk.ticket.TicketType;
import java.time.Instant;
import java.util.UUID;

public record AnnouncementTicket(
        UUID ticketId,
        String ticketKey,
        String subject,
        TicketType type,
        TicketStatus status,
        Instant linkedAt,
        UUID linkedById) {

    public static AnnouncementTicket of(Ticket ticket, Instant linkedAt, UUID linkedById) {
        return new AnnouncementTicket(
                ticket.id(), ticket.key(), ticket.subject(), ticket.type(), ticket.status(), linkedAt, linkedById);
    }
}
