package dev.servicedesk.sla;

import dev.servicedesk.calendar.WorkingTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A running clock the breach checker claimed, read as plain values: what it takes to tell which
 * thresholds the clock has crossed and when it next needs the checker.
 */
record ClaimedClock(
        UUID id,
        UUID ticketId,
        SlaTargetKind target,
        String policyName,
        UUID calendarId,
        int targetMinutes,
        Instant startedAt,
        Instant dueAt,
        ClockRules rules,
        Duration movingDue,
        int firedPercent,
        Integer nextThreshold,
        Instant nextCheckAt) {

    /** A threshold crossed (a warning's, the breach's or an escalation level's percentage), and when. */
    record Crossing(int threshold, Instant at) {}

    /** What crossing it records: a warning, the breach, an escalation level, or several of these. */
    List<ClockRules.Reached> reached(Crossing crossing) {
        return rules.reachedAt(crossing.threshold(), target);
    }

    /** The thresholds crossed, in order, and the clock planned on to its next one. */
    record Progress(ClaimedClock clock, List<Crossing> crossed) {}

    /** What the clock crossed by {@code now} that was not yet recorded. */
    Progress progressBy(Instant now, WorkingTime calendar) {
        List<Crossing> crossed = new ArrayList<>();
        int fired = firedPercent;
        Integer next = nextThreshold;
        Instant at = nextCheckAt;
        while (at != null && !at.isAfter(now)) {
            crossed.add(new Crossing(next, at));
            fired = next;
            next = rules.thresholdAfter(fired, target);
            at = next == null ? null : SlaClock.crossingAt(calendar, startedAt, targetMinutes, movingDue, next);
        }
        ClaimedClock planned = new ClaimedClock(
                id,
                ticketId,
                target,
                policyName,
                calendarId,
                targetMinutes,
                startedAt,
                dueAt,
                rules,
                movingDue,
                fired,
                next,
                at);
        return new Progress(planned, crossed);
    }
}
