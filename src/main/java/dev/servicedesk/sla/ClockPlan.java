package dev.servicedesk.sla;

import dev.servicedesk.calendar.Due;
import dev.servicedesk.calendar.WorkingTime;
import dev.servicedesk.ticket.Priority;
import io.quarkus.logging.Log;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The clocks a policy sets for a priority, started at one instant, due on the policy's calendar. Pure. */
final class SlaClocks {
    private SlaClocks() {}

    /** A target's minutes for one kind of clock; null when the target sets none. */
    static Integer minutes(SlaTarget target, SlaTargetKind kind) {
        if (target == null) {
            return null;
        }
        return switch (kind) {
            case FIRST_RESPONSE -> target.firstResponseMinutes();
            case RESOLUTION -> target.resolutionMinutes();
            case UPDATE -> target.updateMinutes();
        };
    }

    /** One target's clock as it starts: its minutes, and when and how its due time falls. */
    record Started(SlaTargetKind target, int targetMinutes, Instant startedAt, Due due) {}

    static List<Started> start(PolicyTerms terms, Priority priority, Instant at, WorkingTime calendar) {
        SlaTarget target = terms.targets().get(priority);
        List<Started> clocks = new ArrayList<>();
        if (target == null) {
            return clocks;
        }
        start(SlaTargetKind.FIRST_RESPONSE, target.firstResponseMinutes(), at, calendar, clocks);
        start(SlaTargetKind.RESOLUTION, target.resolutionMinutes(), at, calendar, clocks);
        if (target.updateMinutes() != null) {
            start(SlaTargetKind.UPDATE, target.updateMinutes(), at, calendar, clocks);
        }
        return clocks;
    }

    /**
     * Policies are checked to fit their calendar, but a calendar cut back later may not hold a
     * target any more: that clock is left out (and said so in the log) rather than failing the
     * ticket.
     */
    private static void start(SlaTargetKind kind, int minutes, Instant at, WorkingTime calendar, List<Started> clocks) {
        try {
            clocks.add(new Started(kind, minutes, at, calendar.add(at, Duration.ofMinutes(minutes))));
        } catch (WorkingTime.BeyondCalendarException e) {
            Log.warnf("No %s clock: %s", kind, e.getMessage());
        }
    }
}
