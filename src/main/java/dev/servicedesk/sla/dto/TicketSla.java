package dev.servicedesk.sla.dto;

import dev.servicedesk.sla.SlaClockState;
import dev.servicedesk.sla.SlaTargetKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record TicketSla(UUID ticketId, UUID policyId, List<Clock> clocks) {

    public record Clock(
            SlaTargetKind target,
            UUID policyId,
            String policyName,
            UUID calendarId,
            int targetMinutes,
            SlaClockState state,
            Instant startedAt,
            Instant dueAt,
            long pausedMinutes,
            int elapsedPercent,
            Instant metAt,
            Instant breachedAt,
            Instant cancelledAt) {}
}
