package dev.servicedesk.ticket;

import io.quarkus.hibernate.reactive.panache.common.ProjectedFieldName;
import java.time.Instant;
import java.util.UUID;

/**
 * What a ticket list reads of each ticket: the summary and the sort keys, without the description
 * and the facts document that a list never shows (a projection, not a managed entity).
 */
public record TicketListRow(
        UUID id,
        String ticketKey,
        TicketType type,
        TicketStatus status,
        @ProjectedFieldName("classification.category") Category category,
        @ProjectedFieldName("classification.priority") Priority priority,
        @ProjectedFieldName("classification.channel") Channel channel,
        @ProjectedFieldName("report.subject") String subject,
        UUID requesterId,
        @ProjectedFieldName("placement.queueId") UUID queueId,
        @ProjectedFieldName("placement.assigneeId") UUID assigneeId,
        UUID[] ciIds,
        Instant createdAt,
        Instant updatedAt,
        boolean finished,
        int priorityRank,
        Instant slaDueRank)
        implements SortKeys {}
