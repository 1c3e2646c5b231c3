package dev.servicedesk.escalation.dto;

import dev.servicedesk.escalation.Escalation;
import dev.servicedesk.escalation.EscalationKind;
import dev.servicedesk.escalation.EscalationStatus;
import dev.servicedesk.escalation.EscalationTrigger;
import dev.servicedesk.sla.SlaTargetKind;
import java.time.Instant;
import java.util.UUID;

public record EscalationView(
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
        Sla sla,
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
        String closingNote,
        EscalationActions allowedActions) {

    /** The SLA escalation level an escalation came from. */
    public record Sla(UUID eventId, UUID clockId, SlaTargetKind target, int percent) {
        static Sla of(Escalation.SlaCause cause) {
            return cause == null ? null : new Sla(cause.eventId(), cause.clockId(), cause.target(), cause.percent());
        }
    }

    public static EscalationView of(Escalation e, String ticketKey, EscalationActions allowedActions) {
        return new EscalationView(
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
                Sla.of(e.slaCause()),
                e.followsId(),
                e.route().fromQueueId(),
                e.route().fromTier(),
                e.route().toQueueId(),
                e.route().toTier(),
                e.route().toPersonId(),
                e.escalatedById(),
                e.escalatedAt(),
                e.acknowledgedById(),
                e.acknowledgedAt(),
                e.declinedById(),
                e.declinedAt(),
                e.declineReason(),
                e.closedById(),
                e.closedAt(),
                e.closingNote(),
                allowedActions);
    }
}
