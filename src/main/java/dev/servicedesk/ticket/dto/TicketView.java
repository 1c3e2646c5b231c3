package dev.servicedesk.ticket.dto;

import dev.servicedesk.identity.Caller;
import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Channel;
import dev.servicedesk.ticket.Contact;
import dev.servicedesk.ticket.Impact;
import dev.servicedesk.ticket.PendingReason;
import dev.servicedesk.ticket.Priority;
import dev.servicedesk.ticket.ResolutionCode;
import dev.servicedesk.ticket.StepTried;
import dev.servicedesk.ticket.TicketStatus;
import dev.servicedesk.ticket.TicketType;
import dev.servicedesk.ticket.Urgency;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public record Ticket(
        UUID id,
        String key,
        TicketType type,
        TicketStatus status,
        Category category,
        Impact impact,
        Urgency urgency,
        Priority priority,
        Channel channel,
        String subject,
        String description,
        UUID requesterId,
        UUID createdById,
        UUID queueId,
        Integer tier,
        UUID assigneeId,
        List<String> tags,
        UUID handBackQueueId,
        Boolean firstContactResolution,
        Instant occurredAt,
        Integer affectedUsers,
        List<String> affectedSystems,
        List<String> errorMessages,
        List<StepTried> stepsTried,
        Map<String, Object> environment,
        Contact contact,
        PendingReason pendingReason,
        ResolutionCode resolutionCode,
        String resolutionNotes,
        Instant resolvedAt,
        Instant closedAt,
        String cancelReason,
        Instant createdAt,
        Instant updatedAt) {

    /** The ticket as {@code viewer} may see it: the desk's own labels and routing stay with the desk. */
    public static Ticket of(dev.servicedesk.ticket.Ticket ticket, Caller viewer) {
        boolean desk = viewer.isStaff();
        return new Ticket(
                ticket.id(),
                ticket.key(),
                ticket.type(),
                ticket.status(),
                ticket.category(),
                ticket.impact(),
                ticket.urgency(),
                ticket.priority(),
                ticket.channel(),
                ticket.subject(),
                ticket.description(),
                ticket.requesterId(),
                ticket.createdById(),
                ticket.queueId(),
                ticket.tier(),
                ticket.assigneeId(),
                desk ? ticket.tags() : List.of(),
                desk ? ticket.handBackQueueId() : null,
                ticket.firstContactResolution(),
                ticket.occurredAt(),
                ticket.affectedUsers(),
                ticket.facts().affectedSystems(),
                ticket.facts().errorMessages(),
                ticket.facts().stepsTried(),
                ticket.facts().environment(),
                ticket.facts().contact(),
                ticket.pendingReason(),
                ticket.resolutionCode(),
                ticket.resolutionNotes(),
                ticket.resolvedAt(),
                ticket.closedAt(),
                ticket.cancelReason(),
                ticket.createdAt(),
                ticket.updatedAt());
    }
}
