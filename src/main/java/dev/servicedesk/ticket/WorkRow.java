package dev.servicedesk.ticket;

import java.time.Instant;
import java.util.UUID;

/** What a working list reads of each ticket, with the name of its agent (a projection). */
public record WorkRow(
        UUID id,
        String ticketKey,
        TicketType type,
        TicketStatus status,
        Priority priority,
        String subject,
        UUID queueId,
        UUID assigneeId,
        String assigneeName,
        Instant slaDueAt,
        Instant createdAt,
        Instant updatedAt,
        boolean finished,
        int priorityRank,
        Instant slaDueRank)
        implements SortKeys {}
