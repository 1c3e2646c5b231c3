package dev.servicedesk.sla;

import dev.servicedesk.calendar.CalendarService;
import dev.servicedesk.calendar.WorkingTime;
import dev.servicedesk.common.Ids;
import dev.servicedesk.ticket.Ticket;
import dev.servicedesk.ticket.TicketClocks;
import dev.servicedesk.ticket.TicketStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Keeps tickets' SLA clocks: started by the first matching policy when a ticket is recorded,
 * paused and resumed by its status, met by the desk's first response and by resolution, cancelled
 * when the ticket ends without them.
 */
@ApplicationScoped
public class Clocks implements TicketClocks {
    private final SlaPolicyService policies;
    private final SlaClockRepository clocks;
    private final CalendarService calendars;

    Clocks(SlaPolicyService policies, SlaClockRepository clocks, CalendarService calendars) {
        this.policies = policies;
        this.clocks = clocks;
        this.calendars = calendars;
    }

    @Override
    public Uni<Void> recorded(Ticket ticket, String requesterDepartment, boolean requesterVip) {
        SlaSubject subject = new SlaSubject(
                ticket.type(),
                ticket.category(),
                ticket.priority(),
                ticket.queueId(),
                requesterDepartment,
                requesterVip);
        return policies.all().chain(all -> {
            SlaPolicy policy = PolicyChoice.of(all, subject).chosen();
            if (policy == null || !policy.terms().targets().containsKey(ticket.priority())) {
                return Uni.createFrom().voidItem();
            }
            return calendars.workingTime(policy.calendarId()).chain(workingTime -> {
                List<SlaClock> started =
                        SlaClocks.start(policy.terms(), ticket.priority(), ticket.createdAt(), workingTime).stream()
                                .map(clock ->
                                        SlaClock.start(Ids.newId(), ticket.id(), policy, clock, policy.calendarId()))
                                .toList();
                started.forEach(clock -> {
                    if (clock.rules().pausesIn(ticket.status(), ticket.pendingReason())) {
                        clock.pause(ticket.createdAt());
                    }
                });
                return clocks.persist(started.stream());
            });
        });
    }

    @Override
    public Uni<Void> moved(Ticket ticket, TicketStatus from, boolean byDesk, Instant at) {
        TicketStatus to = ticket.status();
        return update(ticket, (clock, calendar) -> {
            switch (to) {
                case RESOLVED -> {
                    if (clock.target() == SlaTargetKind.UPDATE) {
                        clock.cancel(at, calendar);
                    } else {
                        clock.meet(at, calendar);
                    }
                }
                case CLOSED, CANCELLED -> clock.cancel(at, calendar);
                default -> {
                    if (from == TicketStatus.RESOLVED) {
                        reopen(clock, at, calendar);
                    }
                    if (clock.target() == SlaTargetKind.FIRST_RESPONSE
                            && byDesk
                            && clock.rules().metBy(FirstResponseEvent.STATUS_CHANGE)) {
                        clock.meet(at, calendar);
                    }
                    if (clock.rules().pausesIn(to, ticket.pendingReason())) {
                        clock.pause(at);
                    } else {
                        clock.resume(at, calendar);
                    }
                }
            }
        });
    }

    @Override
    public Uni<Void> replied(Ticket ticket, Instant at) {
        return update(ticket, (clock, calendar) -> {
            if (clock.target() == SlaTargetKind.FIRST_RESPONSE
                    && clock.rules().metBy(FirstResponseEvent.PUBLIC_REPLY)) {
                clock.meet(at, calendar);
            } else if (clock.target() == SlaTargetKind.UPDATE && clock.isOpen()) {
                clock.restart(at, calendar);
                if (clock.rules().pausesIn(ticket.status(), ticket.pendingReason())) {
                    clock.pause(at);
                }
            }
        });
    }

    private static void reopen(SlaClock clock, Instant at, WorkingTime calendar) {
        switch (clock.target()) {
            case RESOLUTION -> clock.reopen(at, calendar);
            case UPDATE -> clock.restart(at, calendar);
            default -> {}
        }
    }

    /** Applies {@code change} to each of the ticket's clocks, on their calendar. */
    private Uni<Void> update(Ticket ticket, BiConsumer<SlaClock, WorkingTime> change) {
        return clocks.ofTicket(ticket.id()).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return calendars
                    .workingTime(found.get(0).calendarId())
                    .invoke(workingTime -> found.forEach(clock -> change.accept(clock, workingTime)))
                    .replaceWithVoid();
        });
    }
}
