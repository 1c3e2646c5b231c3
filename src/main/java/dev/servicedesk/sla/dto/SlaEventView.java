package dev.servicedesk.sla.dto;

import dev.servicedesk.sla.SlaEvent;
import dev.servicedesk.sla.SlaEventKind;
import dev.servicedesk.sla.SlaTargetKind;
import java.time.Instant;
import java.util.UUID;

public record SlaEventView(
        UUID id,
        UUID clockId,
        UUID ticketId,
        UUID queueId,
        SlaEventKind kind,
        SlaTargetKind target,
        int threshold,
        Integer level,
        Instant dueAt,
        Instant occurredAt,
        Instant recordedAt) {

    public static SlaEventView of(SlaEvent event) {
        return new SlaEventView(
                event.id(),
                event.clockId(),
                event.ticketId(),
                event.queueId(),
                event.kind(),
                event.target(),
                event.threshold(),
                event.level(),
                event.dueAt(),
                event.occurredAt(),
                event.recordedAt());
    }
}
