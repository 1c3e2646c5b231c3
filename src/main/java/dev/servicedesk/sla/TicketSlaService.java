package dev.servicedesk.sla;

import dev.servicedesk.calendar.CalendarService;
import dev.servicedesk.calendar.WorkingTime;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.sla.dto.TicketSla;
import dev.servicedesk.ticket.TicketService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A ticket's SLA clocks as they read now: for the desk only. */
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
            if (!caller.isStaff()) {
                throw new ProblemException(ProblemType.FORBIDDEN, "SLA clocks are the desk's.");
            }
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
