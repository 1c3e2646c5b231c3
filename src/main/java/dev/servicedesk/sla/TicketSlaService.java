package dev.servicedesk.sla;

import dev.servicedesk.calendar.CalendarService;
import dev.servicedesk.calendar.Due;
import dev.servicedesk.calendar.WorkingTime;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.sla.dto.TicketSla;
import dev.servicedesk.sla.dto.TicketSlaExplanation;
import dev.servicedesk.ticket.TicketService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A ticket's SLA clocks as they read now, and how their due times were computed: for the desk only. */
@ApplicationScoped
public class TicketSlaService {
    private final TicketService tickets;
    private final SlaClockRepository clocks;
    private final CalendarService calendars;
    private final Clock clock;

    TicketSlaService(TicketService tickets, SlaClockRepository clocks, CalendarService calendars, Clock clock) {
        this.tickets = tickets;
        this.clocks = clocks;
        this.calendars = calendars;
        this.clock = clock;
    }

    @WithSession
    public Uni<TicketSla> read(Caller caller, String ticketRef) {
        return tickets.find(caller, ticketRef).chain(ticket -> {
            requireDesk(caller);
            return clocks.ofTicket(ticket.id()).chain(found -> {
                if (found.isEmpty()) {
                    return Uni.createFrom().item(new TicketSla(ticket.id(), null, List.of()));
                }
                Instant now = clock.instant();
                return calendars
                        .workingTime(found.get(0).calendarId())
                        .map(workingTime -> new TicketSla(
                                ticket.id(),
                                found.get(0).policyId(),
                                found.stream()
                                        .map(slaClock -> reading(slaClock, now, workingTime))
                                        .toList()));
            });
        });
    }

    /** How each due time was computed: calendar, start, target, pauses, the segments counted. */
    @WithSession
    public Uni<TicketSlaExplanation> explain(Caller caller, String ticketRef) {
        return tickets.find(caller, ticketRef).chain(ticket -> {
            requireDesk(caller);
            return clocks.ofTicket(ticket.id()).chain(found -> {
                if (found.isEmpty()) {
                    return Uni.createFrom().item(new TicketSlaExplanation(ticket.id(), List.of()));
                }
                return calendars
                        .workingTime(found.get(0).calendarId())
                        .map(workingTime -> new TicketSlaExplanation(
                                ticket.id(),
                                found.stream()
                                        .map(slaClock -> explanation(slaClock, workingTime))
                                        .toList()));
            });
        });
    }

    private static TicketSlaExplanation.Clock explanation(SlaClock clock, WorkingTime calendar) {
        Due due = clock.explainDue(calendar);
        long movingMinutes = clock.pauses().movingDue().toMinutes();
        String text = "Due " + clock.dueAt() + ": " + clock.targetMinutes() + " target minutes"
                + (movingMinutes > 0 ? " plus " + movingMinutes + " paused minutes" : "")
                + " of working time from " + clock.startedAt() + " on calendar " + clock.calendarId() + " ("
                + calendar.zone() + ").";
        return new TicketSlaExplanation.Clock(
                clock.target(),
                clock.policyName(),
                clock.calendarId(),
                calendar.zone().getId(),
                clock.targetMinutes(),
                clock.startedAt(),
                clock.pauses().periods(),
                clock.pausedSince(),
                clock.dueAt(),
                due.counted(),
                text);
    }

    private static void requireDesk(Caller caller) {
        if (!caller.isStaff()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "SLA clocks are the desk's.");
        }
    }

    private static TicketSla.Clock reading(SlaClock clock, Instant now, WorkingTime calendar) {
        SlaClock.ClockReading reading = clock.read(now, calendar);
        return new TicketSla.Clock(
                clock.target(),
                clock.policyId(),
                clock.policyName(),
                clock.calendarId(),
                clock.targetMinutes(),
                reading.state(),
                clock.startedAt(),
                clock.dueAt(),
                clock.pausedSeconds() / 60,
                reading.elapsedPercent(),
                clock.metAt(),
                reading.breachedAt(),
                clock.cancelledAt());
    }
}
