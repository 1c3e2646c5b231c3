package dev.servicedesk.kpi.dto;

import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Channel;
import dev.servicedesk.ticket.Priority;
import dev.servicedesk.ticket.TicketStatus;
import dev.servicedesk.ticket.TicketType;
import java.time.Instant;
import java.util.UUID;

/** A ticket a figure counts, the instant that placed it there, and what was measured on it. */
public record KpiTicket(Instant at, Long seconds, Integer rating, Summary ticket) {

    public record Summary(
            UUID id,
            String key,
            TicketType type,
            TicketStatus status,
            Priority priority,
            Category category,
            Channel channel,
            String subject,
            UUID queueId,
            UUID assigneeId,
            Instant createdAt) {}
}
