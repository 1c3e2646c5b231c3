package dev.servicedesk.sla;

import dev.servicedesk.calendar.Due;
import dev.servicedesk.calendar.WorkingTime;
import dev.servicedesk.ticket.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The clocks a policy sets for a priority, started at one instant, due on the policy's calendar. Pure. */
final class ClockPlan {
    private ClockPlan() {}

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

    /**
     * The clocks that start, and why any target was left out: policies are checked to fit their
     * calendar, but a calendar cut back later may not hold a target any more, and that clock is
     * left out rather than failing the ticket.
     */
    record Planned(List<Started> clocks, List<String> leftOut) {}

    static Planned start(PolicyTerms terms, Priority priority, Instant at, WorkingTime calendar) {
        SlaTarget target = terms.targets().get(priority);
        Planned planned = new Planned(new ArrayList<>(), new ArrayList<>());
        if (target == null) {
            return planned;
        }
        start(SlaTargetKind.FIRST_RESPONSE, target.firstResponseMinutes(), at, calendar, planned);
        start(SlaTargetKind.RESOLUTION, target.resolutionMinutes(), at, calendar, planned);
        if (target.updateMinutes() != null) {
            start(SlaTargetKind.UPDATE, target.updateMinutes(), at, calendar, planned);
        }
        return planned;
    }

    private static void start(SlaTargetKind kind, int minutes, Instant at, WorkingTime calendar, Planned planned) {
        try {
            planned.clocks().add(new Started(kind, minutes, at, calendar.add(at, Duration.ofMinutes(minutes))));
        } catch (WorkingTime.BeyondCalendarException e) {
            planned.leftOut().add("No " + kind + " clock: " + e.getMessage());
        }
    }
}
