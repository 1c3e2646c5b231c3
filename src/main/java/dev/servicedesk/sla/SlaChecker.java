package dev.servicedesk.sla;

import dev.servicedesk.calendar.CalendarService;
import dev.servicedesk.calendar.WorkingTime;
import dev.servicedesk.ticket.TimelineService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records each SLA warning and breach exactly once, on every replica: it claims the running
 * clocks whose next threshold has come (locked, skipping those another checker holds), records
 * what they crossed (unique per clock run and threshold) with an internal timeline entry, and
 * plans each clock's next threshold. A run's cost follows what crosses, not how many clocks run.
 */
@ApplicationScoped
public class SlaChecker {
    private final SlaClockRepository clocks;
    private final SlaEventRepository events;
    private final CalendarService calendars;
    private final TimelineService timeline;
    private final Clock clock;
    private final SlaMetrics metrics;

    SlaChecker(
            SlaClockRepository clocks,
            SlaEventRepository events,
            CalendarService calendars,
            TimelineService timeline,
            Clock clock,
            SlaMetrics metrics) {
        this.clocks = clocks;
        this.events = events;
        this.calendars = calendars;
        this.timeline = timeline;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** PolicyClocks checked and events recorded. */
    public record Run(int clocks, int events) {
        Run plus(Run more) {
            return new Run(clocks + more.clocks, events + more.events);
        }
    }

    /**
     * One batch, in one transaction: the clocks it claimed and the events it recorded. The claim
     * locks each clock until the batch commits, with what it fired, so no other checker records
     * the same crossing; the events' uniqueness guards that too. Each write is one statement for
     * the whole batch, so a batch costs a handful of round trips however many clocks it holds.
     * What it recorded is counted once the transaction committed.
     */
    public Uni<Run> check(int batch) {
        return Panache.withTransaction(() -> checkInTransaction(batch))
                .invoke(checked -> metrics.recorded(checked.recorded()))
                .map(checked -> new Run(checked.clocks(), checked.recorded().size()));
    }

    /** A batch's clocks, and the events it recorded. */
    private record Checked(int clocks, List<SlaEvent> recorded) {}

    private Uni<Checked> checkInTransaction(int batch) {
        Instant now = clock.instant();
        return clocks.claimDue(now, batch)
                .chain(due -> due.isEmpty()
                        ? Uni.createFrom().item(new Checked(0, List.of()))
                        : calendars
                                .workingTimes(due.stream()
                                        .map(ClaimedClock::calendarId)
                                        .collect(Collectors.toSet()))
                                .map(calendars -> progress(due, calendars, now))
                                .chain(progress -> clocks.advance(progress.planned())
                                        .chain(() -> record(progress.crossed(), now))
                                        .map(recorded -> new Checked(due.size(), recorded))));
    }

    /** The claimed clocks planned again, and the thresholds they crossed. */
    private record Progress(List<ClaimedClock> planned, List<Crossed> crossed) {}

    private static Progress progress(List<ClaimedClock> due, Map<UUID, WorkingTime> calendars, Instant now) {
        List<ClaimedClock> planned = new ArrayList<>();
        List<Crossed> crossed = new ArrayList<>();
        for (ClaimedClock dueClock : due) {
            ClaimedClock.Progress progress = dueClock.progressBy(now, calendars.get(dueClock.calendarId()));
            planned.add(progress.clock());
            for (ClaimedClock.Crossing crossing : progress.crossed()) {
                for (ClockRules.Reached reached : dueClock.reached(crossing)) {
                    crossed.add(new Crossed(dueClock, crossing, SlaEvent.of(dueClock, crossing, reached)));
                }
            }
        }
        return new Progress(planned, crossed);
    }

    private record Crossed(ClaimedClock clock, ClaimedClock.Crossing crossing, SlaEvent event) {}

    /**
     * Records the crossings not yet recorded: warnings and breaches each with a timeline entry,
     * escalation levels with what they do (the escalations carry them out, see
     * {@link ReachedEscalationLevels}); answers those it recorded.
     */
    private Uni<List<SlaEvent>> record(List<Crossed> crossed, Instant now) {
        if (crossed.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return events.recordNew(crossed.stream().map(Crossed::event).toList(), now)
                .chain(ids -> {
                    List<Crossed> recorded = crossed.stream()
                            .filter(c -> ids.contains(c.event().id()))
                            .toList();
                    List<TimelineService.SlaNote> notes = recorded.stream()
                            .filter(c -> c.event().kind() != SlaEventKind.ESCALATION)
                            .map(c -> new TimelineService.SlaNote(
                                    c.clock().ticketId(),
                                    c.event().kind() == SlaEventKind.BREACH,
                                    c.clock().target().name(),
                                    c.clock().dueAt(),
                                    c.event().kind() == SlaEventKind.BREACH
                                            ? null
                                            : c.event().threshold(),
                                    describe(c.clock(), c.event()),
                                    c.crossing().at()))
                            .toList();
                    return timeline.recordSlaEvents(notes)
                            .replaceWith(recorded.stream().map(Crossed::event).toList());
                });
    }

    private static String describe(ClaimedClock clock, SlaEvent event) {
        String target = clock.target().name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return event.kind() == SlaEventKind.BREACH
                ? "SLA breached: " + target + " was due " + clock.dueAt() + " (" + clock.policyName() + ")."
                : "SLA warning: " + target + " at " + event.threshold() + " % of its " + clock.targetMinutes()
                        + "-minute target, due " + clock.dueAt() + " (" + clock.policyName() + ").";
    }
}
