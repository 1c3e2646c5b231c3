package dev.servicedesk.sla.dto;

import dev.servicedesk.calendar.Segment;
import dev.servicedesk.sla.Pauses;
import dev.servicedesk.sla.SlaTargetKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record TicketSlaExplanation(UUID ticketId, List<Clock> clocks) {

    public record Clock(
            SlaTargetKind target,
            String policyName,
            UUID calendarId,
            String timeZone,
            int targetMinutes,
            Instant startedAt,
            List<Pauses.Period> pauses,
            Instant pausedSince,
            Instant dueAt,
            List<Segment> counted,
            String explanation) {}
}
