package dev.servicedesk.escalation.dto;

import dev.servicedesk.escalation.EscalationKind;
import dev.servicedesk.escalation.EscalationStatus;
import dev.servicedesk.escalation.EscalationTrigger;
import dev.servicedesk.sla.SlaTargetKind;
import java.time.Instant;
import java.util.UUID;

public record Escalation(
        UUID id,
        UUID ticketId,
        String ticketKey,
        EscalationKind kind,
        EscalationTrigger trigger,
        int level,
        EscalationStatus status,
        String reason,
        String publicMessage,
        String summary,
        SlaCause sla,
        UUID followsId,
        UUID fromQueueId,
        Integer fromTier,
        UUID toQueueId,
        int toTier,
        UUID toPersonId,
        UUID escalatedById,
        Instant escalatedAt,
        UUID acknowledgedById,
        Instant acknowledgedAt,
        UUID declinedById,
        Instant declinedAt,
        String declineReason,
        UUID closedById,
        Instant closedAt,
        String closingNote) {

    /** The SLA escalation level an escalation came from. */
    public record SlaCause(UUID eventId, UUID clockId, SlaTargetKind target, int percent) {}

    public static Escalation of(dev.servicedesk.escalation.Escalation e, String ticketKey) {
        return new Escalation(
                e.id(),
                e.ticketId(),
                ticketKey,
                e.kind(),
                e.trigger(),
                e.level(),
                e.status(),
                e.reason(),
                e.publicMessage(),
                e.summary(),
                e.slaEventId() == null
                        ? null
                        : new SlaCause(e.slaEventId(), e.slaClockId(), e.slaTarget(), e.slaPercent()),
                e.followsId(),
                e.fromQueueId(),
                e.fromTier(),
                e.toQueueId(),
                e.toTier(),
                e.toPersonId(),
                e.escalatedById(),
                e.escalatedAt(),
                e.acknowledgedById(),
                e.acknowledgedAt(),
                e.declinedById(),
                e.declinedAt(),
                e.declineReason(),
                e.closedById(),
                e.closedAt(),
                e.closingNote());
    }
}
