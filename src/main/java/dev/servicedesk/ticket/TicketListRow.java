package dev.servicedesk.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * What a ticket list reads of each ticket: the summary and the sort keys, without the description
 * and the facts document that a list never shows (a projection, not a managed entity:
 * {@code TicketRows} selects its components in this order).
 */
public record TicketListRow(
        UUID id,
        String ticketKey,
        TicketType type,
        TicketStatus status,
        Category category,
        Priority priority,
        Channel channel,
        String subject,
        UUID requesterId,
        UUID queueId,
        UUID assigneeId,
        UUID[] ciIds,
        Instant createdAt,
        Instant updatedAt,
        boolean finished,
        int priorityRank,
        Instant slaDueRank)
        implements SortKeys {}
