package dev.servicedesk.sla.dto;

import dev.servicedesk.calendar.Segment;
import dev.servicedesk.sla.PolicyChoice;
import dev.servicedesk.sla.SlaTargetKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record SlaPreview(
        List<PolicyChoice.Verdict> policies, UUID policyId, UUID calendarId, String timeZone, List<Clock> clocks) {

    public record Clock(
            SlaTargetKind target, int targetMinutes, Instant startedAt, Instant dueAt, List<Segment> counted) {}
}
