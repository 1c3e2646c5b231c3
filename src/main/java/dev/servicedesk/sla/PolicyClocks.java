package dev.servicedesk.sla;

import dev.servicedesk.calendar.CalendarService;
import dev.servicedesk.calendar.WorkingTime;
import dev.servicedesk.cmdb.CiDirectory;
import dev.servicedesk.common.Ids;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.ticket.FieldChange;
import dev.servicedesk.ticket.SlaClockKeeper;
import dev.servicedesk.ticket.Ticket;
import dev.servicedesk.ticket.TicketStatus;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Keeps tickets' SLA clocks: started by the first matching policy when a ticket is recorded,
 * paused and resumed by its status, met by the desk's first response and by resolution, cancelled
 * when the ticket ends without them, re-targeted when it is reclassified.
 */
@ApplicationScoped
public class PolicyClocks implements SlaClockKeeper {
    private static final Set<TicketStatus> FINISHED =
            Set.of(TicketStatus.RESOLVED, TicketStatus.CLOSED, TicketStatus.CANCELLED);

    private final SlaPolicyService policies;
    private final SlaClockRepository clocks;
    private final CalendarService calendars;
    private final PersonService people;
    private final CiDirectory cis;

    PolicyClocks(
            SlaPolicyService policies,
            SlaClockRepository clocks,
            CalendarService calendars,
            PersonService people,
            CiDirectory cis) {
        this.policies = policies;
        this.clocks = clocks;
        this.calendars = calendars;
        this.people = people;
        this.cis = cis;
    }

    @Override
    public Uni<Void> recorded(Ticket ticket, String requesterDepartment, boolean requesterVip) {
        return subject(ticket, requesterDepartment, requesterVip)
                .chain(subject -> policies.all().chain(all -> {
                    SlaPolicy policy = PolicyChoice.of(all, subject).chosen();
                    if (policy == null || !policy.terms().targets().containsKey(ticket.priority())) {
                        return Uni.createFrom().voidItem();
                    }
                    return calendars
                            .workingTime(policy.calendarId())
                            .chain(workingTime -> clocks.persist(started(ticket, policy, workingTime).stream()));
                }));
    }

    private static List<SlaClock> started(Ticket ticket, SlaPolicy policy, WorkingTime workingTime) {
        ClockPlan.Planned planned = ClockPlan.start(policy.terms(), ticket.priority(), ticket.createdAt(), workingTime);
        planned.leftOut().forEach(reason -> Log.warnf("Ticket %s: %s", ticket.key(), reason));
        List<SlaClock> started = planned.clocks().stream()
                .map(clock -> SlaClock.start(Ids.newId(), ticket.id(), policy, clock, policy.calendarId()))
                .toList();
        started.forEach(clock -> {
            if (clock.rules().pausesIn(ticket.status(), ticket.pendingReason())) {
                clock.pause(ticket.createdAt());
            }
            clock.plan(workingTime);
        });
        return started;
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

    @Override
    public Uni<List<FieldChange>> reclassified(Ticket ticket, Instant at) {
        if (FINISHED.contains(ticket.status())) {
            return Uni.createFrom().item(List.of());
        }
        return people.find(ticket.requesterId())
                .chain(requester -> subject(ticket, requester.department(), requester.vip()))
                .chain(subject ->
                        policies.all().map(all -> PolicyChoice.of(all, subject).chosen()))
                .chain(policy -> clocks.ofTicket(ticket.id())
                        .chain(existing -> calendars
                                .workingTimes(calendarsOf(existing, policy))
                                .chain(calendars -> {
                                    Retargeted result = retarget(ticket, existing, policy, calendars, at);
                                    return result.started().isEmpty()
                                            ? Uni.createFrom().item(result.moved())
                                            : clocks.persist(result.started().stream())
                                                    .replaceWith(result.moved());
                                })));
    }

    /** The due times that moved, old → new, and the clocks the new policy starts. */
    private record Retargeted(List<FieldChange> moved, List<SlaClock> started) {}

    /** The open clocks follow the policy's targets for the ticket's priority now. */
    private static Retargeted retarget(
            Ticket ticket, List<SlaClock> existing, SlaPolicy policy, Map<UUID, WorkingTime> calendars, Instant at) {
        SlaTarget target = policy == null ? null : policy.terms().targets().get(ticket.priority());
        Map<SlaTargetKind, SlaClock> byKind = new EnumMap<>(SlaTargetKind.class);
        existing.forEach(clock -> byKind.put(clock.target(), clock));
        List<FieldChange> moved = new ArrayList<>();
        List<SlaClock> started = new ArrayList<>();
        for (SlaTargetKind kind : SlaTargetKind.values()) {
            Integer minutes = ClockPlan.minutes(target, kind);
            SlaClock clock = byKind.get(kind);
            if (clock == null) {
                if (minutes != null) {
                    WorkingTime calendar = calendars.get(policy.calendarId());
                    ClockPlan.Started start = new ClockPlan.Started(
                            kind,
                            minutes,
                            ticket.createdAt(),
                            calendar.add(ticket.createdAt(), Duration.ofMinutes(minutes)));
                    SlaClock fresh = SlaClock.start(Ids.newId(), ticket.id(), policy, start, policy.calendarId());
                    started.add(fresh);
                    moved.add(dueChange(kind, null, fresh.dueAt()));
                }
                continue;
            }
            if (!clock.isOpen()) {
                continue;
            }
            Instant before = clock.dueAt();
            if (minutes == null) {
                clock.cancel(at, calendars.get(clock.calendarId()));
                moved.add(dueChange(kind, before, null));
            } else if (!clock.follows(policy, minutes)) {
                clock.retarget(policy, minutes, calendars.get(policy.calendarId()));
                if (!clock.dueAt().equals(before)) {
                    moved.add(dueChange(kind, before, clock.dueAt()));
                }
            }
        }
        existing.forEach(clock -> clock.plan(calendars.get(clock.calendarId())));
        started.forEach(clock -> clock.plan(calendars.get(clock.calendarId())));
        return new Retargeted(moved, started);
    }

    private static FieldChange dueChange(SlaTargetKind kind, Instant from, Instant to) {
        return new FieldChange("slaDueAt." + kind, from, to);
    }

    private static Set<UUID> calendarsOf(List<SlaClock> existing, SlaPolicy policy) {
        Set<UUID> ids = new LinkedHashSet<>();
        existing.forEach(clock -> ids.add(clock.calendarId()));
        if (policy != null) {
            ids.add(policy.calendarId());
        }
        return ids;
    }

    /** The ticket as policies see it, its configuration items as they are now. */
    private Uni<SlaSubject> subject(Ticket ticket, String requesterDepartment, boolean requesterVip) {
        return cis.existing(ticket.ciIds())
                .map(items -> new SlaSubject(
                        ticket.type(),
                        ticket.classification().category(),
                        ticket.priority(),
                        ticket.queueId(),
                        requesterDepartment,
                        requesterVip,
                        items));
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
                    .invoke(workingTime -> found.forEach(clock -> {
                        change.accept(clock, workingTime);
                        clock.plan(workingTime);
                    }))
                    .replaceWithVoid();
        });
    }
}
