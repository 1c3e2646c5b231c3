package dev.servicedesk.ticket.dto;

import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Channel;
import dev.servicedesk.ticket.Priority;
import dev.servicedesk.ticket.TicketStatus;
import dev.servicedesk.ticket.TicketType;
import java.time.Instant;
import java.util.UUID;

public record TicketSummary(
        UUID id,
        String key,
        TicketType type,
        TicketStatus status,
        Category category,
        Priority priority,
        Channel channel,
        String subject,
        UUID requesterId,
        UUID queueId,
        UUID assigneeId,
        Instant createdAt,
        Instant updatedAt) {}
