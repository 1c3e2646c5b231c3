package dev.servicedesk.escalation;

import dev.servicedesk.queue.QueueService;
import dev.servicedesk.queue.QueueState;
import dev.servicedesk.sla.EscalationLevel;
import dev.servicedesk.sla.ReachedEscalationLevels;
import dev.servicedesk.sla.Recipient;
import dev.servicedesk.sla.SlaEvent;
import dev.servicedesk.ticket.Ticket;
import dev.servicedesk.ticket.TicketEscalations;
import dev.servicedesk.ticket.TicketLifecycle;
import dev.servicedesk.ticket.TicketStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Carries out the SLA escalation levels the breach checker recorded, each once, in a transaction
 * of its own with its ticket locked: raise the priority, move the ticket to the level's queue or
 * bring it to its queue's supervisor, and note on the ticket what was done and whom to notify.
 */
@ApplicationScoped
public class SlaEscalations {
    private final ReachedEscalationLevels levels;
    private final EscalationRepository escalations;
    private final TicketEscalations ticketSide;
    private final QueueService queues;
    private final Clock clock;
    private final EscalationMetrics metrics;

    SlaEscalations(
            ReachedEscalationLevels levels,
            EscalationRepository escalations,
            TicketEscalations ticketSide,
            QueueService queues,
            Clock clock,
            EscalationMetrics metrics) {
        this.levels = levels;
        this.escalations = escalations;
        this.ticketSide = ticketSide;
        this.queues = queues;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * The oldest level waiting, carried out and marked handled in one transaction; answers whether
     * there was one. The escalation it opened, if any, is counted once the transaction committed.
     */
    public Uni<Boolean> carryOutNext() {
        return Panache.withTransaction(this::carryOutInTransaction)
                .invoke(done -> {
                    if (done.opened() != null) {
                        metrics.opened(done.opened().trigger(), 1);
                    }
                })
                .map(CarriedOut::found);
    }

    /** Whether a level was waiting, and the escalation carrying it out opened (null for none). */
    private record CarriedOut(boolean found, Escalation opened) {}

    private Uni<CarriedOut> carryOutInTransaction() {
        Instant now = clock.instant();
        return levels.claimNext()
                .chain(level -> level == null
                        ? Uni.createFrom().item(new CarriedOut(false, null))
                        : ticketSide
                                .locked(level.ticketId())
                                .chain(ticket -> carryOut(ticket, level, now))
                                .invoke(() -> levels.handled(level, now))
                                .map(opened -> new CarriedOut(true, opened)));
    }

    /** Answers the escalation opened, or null when the level opened none. */
    private Uni<Escalation> carryOut(Ticket ticket, SlaEvent level, Instant at) {
        String what = "SLA escalation level " + level.level() + ": "
                + level.target().name().replace('_', ' ').toLowerCase(Locale.ROOT) + " at " + level.threshold()
                + " % of its target";
        List<String> done = new ArrayList<>();
        EscalationLevel actions = level.escalation();
        if (!actions.recipients().isEmpty()) {
            done.add("notify "
                    + actions.recipients().stream()
                            .map(recipient -> recipient.name().replace('_', ' ').toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")));
        }
        return raise(ticket, actions, at, done)
                .chain(() -> escalate(ticket, level, what, at, done))
                .call(() -> ticketSide.noteSlaEscalation(
                        ticket.id(),
                        what + ". " + (done.isEmpty() ? "Nothing to do" : String.join("; ", done)) + ".",
                        at));
    }

    private Uni<Void> raise(Ticket ticket, EscalationLevel actions, Instant at, List<String> done) {
        if (!actions.raisePriority()) {
            return Uni.createFrom().voidItem();
        }
        return ticketSide
                .raisePriority(ticket, at)
                .invoke(priority -> done.add("priority " + priority))
                .replaceWithVoid();
    }

    /** To the level's queue, or else to the supervisor when the level names them; noted when it cannot be. */
    private Uni<Escalation> escalate(Ticket ticket, SlaEvent level, String what, Instant at, List<String> done) {
        EscalationLevel actions = level.escalation();
        boolean toSupervisor = actions.recipients().contains(Recipient.QUEUE_SUPERVISOR);
        if (actions.moveToQueueId() == null && !toSupervisor) {
            return none();
        }
        if (ticket.status() == TicketStatus.ESCALATED || !TicketLifecycle.mayEscalateFrom(ticket.status())) {
            done.add("not escalated: the ticket is " + ticket.status());
            return none();
        }
        Uni<QueueState> current =
                ticket.queueId() == null ? Uni.createFrom().nullItem() : queues.find(ticket.queueId());
        return current.chain(from -> {
            if (actions.moveToQueueId() != null) {
                return queues.find(actions.moveToQueueId()).chain(to -> {
                    if (!to.queue().active()) {
                        done.add("not moved: queue " + to.queue().name() + " is inactive");
                        return none();
                    }
                    if (to.queue().id().equals(ticket.queueId())) {
                        done.add("not moved: already in queue " + to.queue().name());
                        return none();
                    }
                    done.add("escalated to queue " + to.queue().name());
                    return open(ticket, EscalationKind.FUNCTIONAL, route(ticket, from, to, null), level, what, at);
                });
            }
            if (from == null || from.queue().supervisorId() == null) {
                done.add("not escalated: the ticket's queue has no supervisor");
                return none();
            }
            done.add("escalated to the queue's supervisor");
            return open(
                    ticket,
                    EscalationKind.HIERARCHICAL,
                    route(ticket, from, from, from.queue().supervisorId()),
                    level,
                    what,
                    at);
        });
    }

    private static Escalation.Route route(Ticket ticket, QueueState from, QueueState to, UUID person) {
        return new Escalation.Route(
                from == null ? null : from.queue().id(),
                from == null ? null : from.queue().tier(),
                ticket.placement().assigneeId(),
                to.queue().id(),
                to.queue().tier(),
                person);
    }

    private static Uni<Escalation> none() {
        return Uni.createFrom().nullItem();
    }

    private Uni<Escalation> open(
            Ticket ticket, EscalationKind kind, Escalation.Route route, SlaEvent level, String what, Instant at) {
        return escalations.countOf(ticket.id()).chain(earlier -> {
            Escalation escalation = Escalation.bySla(
                    ticket.id(),
                    kind,
                    earlier.intValue() + 1,
                    route,
                    new Escalation.SlaCause(level.id(), level.clockId(), level.target(), level.threshold()),
                    what + ".",
                    EscalationMessages.escalated(kind, route.toTier()),
                    at);
            return escalations
                    .persist(escalation)
                    .call(() -> ticketSide.escalate(
                            ticket,
                            escalation.id(),
                            null,
                            route.toQueueId(),
                            route.toTier(),
                            escalation.reason(),
                            escalation.publicMessage(),
                            at))
                    .replaceWith(escalation);
        });
    }
}
