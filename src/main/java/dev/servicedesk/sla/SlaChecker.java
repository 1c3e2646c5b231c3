package dev.servicedesk.sla;

import dev.servicedesk.calendar.CalendarService;
import dev.servicedesk.ticket.TimelineService;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Records each SLA warning and breach exactly once, on every replica: it claims the running
 * clocks whose next threshold has come (locked, skipping those another checker holds), records
 * what they crossed (unique per clock run and threshold) with an internal timeline entry, and
 * plans each clock's next threshold. A run's cost follows what crosses, not how many clocks run.
 */
@ApplicationScoped
public class SlaChecker {
    static final int BATCH = 1000;

    private final SlaClockRepository clocks;
    private final SlaEventRepository events;
    private final CalendarService calendars;
    private final TimelineService timeline;
    private final Clock clock;

    SlaChecker(
            SlaClockRepository clocks,
            SlaEventRepository events,
            CalendarService calendars,
            TimelineService timeline,
            Clock clock) {
        this.clocks = clocks;
        this.events = events;
        this.calendars = calendars;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Clocks checked and events recorded. */
    public record Run(int clocks, int events) {
        Run plus(Run more) {
            return new Run(clocks + more.clocks, events + more.events);
        }
    }

    /** One batch, in one transaction: the clocks it claimed and the events it recorded. */
    @WithTransaction
    public Uni<Run> check(int batch) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return clocks.claimDue(now, batch).chain(due -> {
            Uni<Integer> recorded = Uni.createFrom().item(0);
            for (SlaClock slaClock : due) {
                recorded = recorded.chain(count -> check(slaClock, now).map(more -> count + more));
            }
            return recorded.map(events -> new Run(due.size(), events));
        });
    }

    /** One after another: a reactive session runs one operation at a time. */
    private Uni<Integer> check(SlaClock slaClock, Instant now) {
        return calendars.workingTime(slaClock.calendarId()).chain(calendar -> {
            Instant startedAt = slaClock.startedAt();
            Instant dueAt = slaClock.dueAt();
            List<SlaClock.Crossing> crossed = slaClock.crossedBy(now, calendar);
            Uni<Integer> recorded = Uni.createFrom().item(0);
            for (SlaClock.Crossing crossing : crossed) {
                recorded = recorded.chain(count -> events.record(slaClock, crossing, startedAt, dueAt, now)
                        .chain(isNew -> isNew
                                ? timeline.recordSlaEvent(
                                                slaClock.ticketId(),
                                                crossing.threshold() >= 100,
                                                describe(slaClock, crossing, dueAt),
                                                crossing.at())
                                        .replaceWith(count + 1)
                                : Uni.createFrom().item(count)));
            }
            return recorded;
        });
    }

    private static String describe(SlaClock clock, SlaClock.Crossing crossing, Instant dueAt) {
        String target = clock.target().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return crossing.threshold() >= 100
                ? "SLA breached: " + target + " was due " + dueAt + " (" + clock.policyName() + ")."
                : "SLA warning: " + target + " at " + crossing.threshold() + " % of its " + clock.targetMinutes()
                        + "-minute target, due " + dueAt + " (" + clock.policyName() + ").";
    }
}
