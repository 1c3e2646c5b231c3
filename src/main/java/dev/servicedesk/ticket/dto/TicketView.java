package dev.servicedesk.ticket.dto;

import dev.servicedesk.identity.Caller;
import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Channel;
import dev.servicedesk.ticket.Classification;
import dev.servicedesk.ticket.Contact;
import dev.servicedesk.ticket.Impact;
import dev.servicedesk.ticket.PendingReason;
import dev.servicedesk.ticket.Placement;
import dev.servicedesk.ticket.Priority;
import dev.servicedesk.ticket.Report;
import dev.servicedesk.ticket.Resolution;
import dev.servicedesk.ticket.ResolutionCode;
import dev.servicedesk.ticket.StepTried;
import dev.servicedesk.ticket.Ticket;
import dev.servicedesk.ticket.TicketFacts;
import dev.servicedesk.ticket.TicketStatus;
import dev.servicedesk.ticket.TicketType;
import dev.servicedesk.ticket.Urgency;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public record TicketView(
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
        List<UUID> ciIds,
        List<String> errorMessages,
        List<StepTried> stepsTried,
        Map<String, Object> environment,
        Contact contact,
        PendingReason pendingReason,
        ResolutionCode resolutionCode,
        String resolutionNotes,
        UUID resolutionArticleId,
        Instant resolvedAt,
        Instant closedAt,
        String cancelReason,
        Instant createdAt,
        Instant updatedAt,
        TicketActions allowedActions) {

    private static final Resolution NOT_RESOLVED = new Resolution(null, null, null, null, null);

    /**
     * The ticket as {@code viewer} may see it: the desk's own labels and routing stay with the
     * desk, and {@code ciIds} are the configuration items the viewer may see.
     */
    public static TicketView of(Ticket ticket, Caller viewer, List<UUID> ciIds, TicketActions allowedActions) {
        boolean desk = viewer.isStaff();
        Classification classification = ticket.classification();
        Report report = ticket.report();
        TicketFacts facts = report.facts();
        Placement placement = ticket.placement();
        Resolution resolution = ticket.resolution() != null ? ticket.resolution() : NOT_RESOLVED;
        return new TicketView(
                ticket.id(),
                ticket.key(),
                ticket.type(),
                ticket.status(),
                classification.category(),
                classification.impact(),
                classification.urgency(),
                classification.priority(),
                classification.channel(),
                report.subject(),
                report.description(),
                ticket.requesterId(),
                ticket.createdById(),
                placement.queueId(),
                placement.tier(),
                placement.assigneeId(),
                desk ? ticket.tags() : List.of(),
                desk ? placement.handBackQueueId() : null,
                resolution.firstContactResolution(),
                report.occurredAt(),
                report.affectedUsers(),
                facts.affectedSystems(),
                ciIds,
                facts.errorMessages(),
                facts.stepsTried(),
                facts.environment(),
                facts.contact(),
                ticket.pendingReason(),
                resolution.resolutionCode(),
                resolution.resolutionNotes(),
                desk ? resolution.resolutionArticleId() : null,
                resolution.resolvedAt(),
                ticket.closedAt(),
                ticket.cancelReason(),
                ticket.createdAt(),
                ticket.updatedAt(),
                allowedActions);
    }
}
