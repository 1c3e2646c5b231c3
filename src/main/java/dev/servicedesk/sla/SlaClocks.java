package dev.servicedesk.sla;

import dev.servicedesk.calendar.Due;
import dev.servicedesk.calendar.WorkingTime;
import dev.servicedesk.ticket.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The clocks a policy sets for a priority, started at one instant, due on the policy's calendar. Pure. */
final class SlaClocks {
    private SlaClocks() {}

    /** One target's clock as it starts: its minutes, and when and how its due time falls. */
    record Started(SlaTargetKind target, int targetMinutes, Instant startedAt, Due due) {}

    static List<Started> start(PolicyTerms terms, Priority priority, Instant at, WorkingTime calendar) {
        SlaTarget target = terms.targets().get(priority);
        List<Started> clocks = new ArrayList<>();
        if (target == null) {
            return clocks;
        }
        clocks.add(started(SlaTargetKind.FIRST_RESPONSE, target.firstResponseMinutes(), at, calendar));
        clocks.add(started(SlaTargetKind.RESOLUTION, target.resolutionMinutes(), at, calendar));
        if (target.updateMinutes() != null) {
            clocks.add(started(SlaTargetKind.UPDATE, target.updateMinutes(), at, calendar));
        }
        return clocks;
    }

    private static Started started(SlaTargetKind kind, int minutes, Instant at, WorkingTime calendar) {
        return new Started(kind, minutes, at, calendar.add(at, Duration.ofMinutes(minutes)));
    }
}
