package dev.servicedesk.sla;

import dev.servicedesk.calendar.CalendarService;
import dev.servicedesk.ticket.TicketService;
import dev.servicedesk.ticket.TimelineService;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    static final int BATCH = 1000;

    private final SlaClockRepository clocks;
    private final SlaEventRepository events;
    private final CalendarService calendars;
    private final TicketService tickets;
    private final TimelineService timeline;
    private final Clock clock;

    SlaChecker(
            SlaClockRepository clocks,
            SlaEventRepository events,
            CalendarService calendars,
            TicketService tickets,
            TimelineService timeline,
            Clock clock) {
        this.clocks = clocks;
        this.events = events;
        this.calendars = calendars;
        this.tickets = tickets;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Clocks checked and events recorded. */
    public record Run(int clocks, int events) {
        Run plus(Run more) {
            return new Run(clocks + more.clocks, events + more.events);
        }
    }

    /**
     * One batch, in one transaction: the clocks it claimed and the events it recorded. The claim
     * locks each clock until the batch commits, with what it fired, so no other checker records
     * the same crossing; the events' uniqueness guards that too.
     */
    @WithTransaction
    public Uni<Run> check(int batch) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return clocks.claimDue(now, batch)
                .chain(due -> due.isEmpty()
                        ? Uni.createFrom().item(new Run(0, 0))
                        : calendars
                                .workingTimes(
                                        due.stream().map(SlaClock::calendarId).collect(Collectors.toSet()))
                                .chain(calendars -> {
                                    List<Crossed> crossed = new ArrayList<>();
                                    for (SlaClock slaClock : due) {
                                        Instant startedAt = slaClock.startedAt();
                                        Instant dueAt = slaClock.dueAt();
                                        slaClock.crossedBy(now, calendars.get(slaClock.calendarId()))
                                                .forEach(crossing ->
                                                        crossed.add(new Crossed(slaClock, crossing, startedAt, dueAt)));
                                    }
                                    return record(crossed, now).replaceWith(new Run(due.size(), crossed.size()));
                                }));
    }

    private record Crossed(SlaClock clock, SlaClock.Crossing crossing, Instant startedAt, Instant dueAt) {}

    private Uni<Void> record(List<Crossed> crossed, Instant now) {
        if (crossed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<UUID> ticketIds = crossed.stream().map(c -> c.clock().ticketId()).collect(Collectors.toSet());
        return tickets.queuesOf(ticketIds)
                .chain(queues -> events.persist(crossed.stream()
                        .map(c -> SlaEvent.of(
                                c.clock(),
                                c.crossing(),
                                c.startedAt(),
                                c.dueAt(),
                                queues.get(c.clock().ticketId()),
                                now))))
                .chain(() -> timeline.recordSlaEvents(crossed.stream()
                        .map(c -> new TimelineService.SlaNote(
                                c.clock().ticketId(),
                                c.crossing().threshold() >= 100,
                                describe(c.clock(), c.crossing(), c.dueAt()),
                                c.crossing().at()))
                        .toList()));
    }

    private static String describe(SlaClock clock, SlaClock.Crossing crossing, Instant dueAt) {
        String target = clock.target().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return crossing.threshold() >= 100
                ? "SLA breached: " + target + " was due " + dueAt + " (" + clock.policyName() + ")."
                : "SLA warning: " + target + " at " + crossing.threshold() + " % of its " + clock.targetMinutes()
                        + "-minute target, due " + dueAt + " (" + clock.policyName() + ").";
    }
}
