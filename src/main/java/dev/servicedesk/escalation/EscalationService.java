package dev.servicedesk.escalation;

import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.escalation.dto.EscalationAcknowledgement;
import dev.servicedesk.escalation.dto.EscalationClosing;
import dev.servicedesk.escalation.dto.EscalationDecline;
import dev.servicedesk.escalation.dto.EscalationHandOver;
import dev.servicedesk.escalation.dto.EscalationWorkItem;
import dev.servicedesk.escalation.dto.NewEscalation;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.Person;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.identity.Role;
import dev.servicedesk.queue.QueueService;
import dev.servicedesk.queue.QueueState;
import dev.servicedesk.ticket.Ticket;
import dev.servicedesk.ticket.TicketEscalations;
import dev.servicedesk.ticket.TicketService;
import dev.servicedesk.ticket.TimelineService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Escalations made by agents: up to a higher-tier or specialist queue, or to the queue's
 * supervisor; acknowledged, declined or closed by the receiving side. Each step changes the
 * ticket in the same transaction.
 */
@ApplicationScoped
public class EscalationService {
    static final String ORDER = "escalatedAt";
    private static final int HAND_OVER_ENTRIES = 500;

    private final EscalationRepository escalations;
    private final TicketEscalations ticketSide;
    private final TicketService tickets;
    private final TimelineService timeline;
    private final QueueService queues;
    private final PersonService people;
    private final Clock clock;

    EscalationService(
            EscalationRepository escalations,
            TicketEscalations ticketSide,
            TicketService tickets,
            TimelineService timeline,
            QueueService queues,
            PersonService people,
            Clock clock) {
        this.escalations = escalations;
        this.ticketSide = ticketSide;
        this.tickets = tickets;
        this.timeline = timeline;
        this.queues = queues;
        this.people = people;
        this.clock = clock;
    }

    /** Escalated, with the ticket's key for the answer. */
    public record Keyed(Escalation escalation, String ticketKey) {}

    @WithTransaction
    public Uni<Keyed> escalate(Caller caller, String ticketRef, String ifMatch, NewEscalation request) {
        if (request.kind() == EscalationKind.FUNCTIONAL && request.toQueueId() == null) {
            throw ProblemException.invalid("toQueueId", "is required to escalate to another queue");
        }
        if (request.kind() == EscalationKind.HIERARCHICAL && request.toQueueId() != null) {
            throw ProblemException.invalid("toQueueId", "is only for FUNCTIONAL; HIERARCHICAL goes to the supervisor");
        }
        Instant now = now();
        return ticketSide
                .escalatable(caller, ticketRef, ifMatch)
                .chain(ticket -> people.sync(caller)
                        .chain(actor -> queues.find(ticket.queueId())
                                .chain(current -> route(request, ticket, current, actor.id())
                                        .chain(route -> escalations
                                                .countOf(ticket.id())
                                                .chain(earlier -> {
                                                    Escalation escalation = Escalation.manual(
                                                            ticket.id(),
                                                            request.kind(),
                                                            earlier.intValue() + 1,
                                                            route,
                                                            request.reason(),
                                                            told(
                                                                    request.publicMessage(),
                                                                    EscalationMessages.escalated(
                                                                            request.kind(), route.toTier())),
                                                            request.summary(),
                                                            actor.id(),
                                                            now);
                                                    return escalations
                                                            .persist(escalation)
                                                            .call(() -> ticketSide.escalate(
                                                                    ticket,
                                                                    escalation.id(),
                                                                    actor.id(),
                                                                    route.toQueueId(),
                                                                    route.toTier(),
                                                                    request.reason(),
                                                                    escalation.publicMessage(),
                                                                    now))
                                                            .map(saved -> new Keyed(saved, ticket.key()));
                                                })))));
    }

    /** Where the escalation goes: an active queue not below this one, or the queue's supervisor. */
    private Uni<Escalation.Route> route(NewEscalation request, Ticket ticket, QueueState current, UUID actorId) {
        int fromTier = current.queue().tier();
        if (request.kind() == EscalationKind.HIERARCHICAL) {
            UUID supervisor = current.queue().supervisorId();
            if (supervisor == null) {
                throw new ProblemException(
                        ProblemType.CONFLICT, "The ticket's queue has no supervisor to escalate to.");
            }
            if (supervisor.equals(actorId)) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "You supervise the ticket's queue; there is nobody above you to escalate to.");
            }
            return Uni.createFrom()
                    .item(new Escalation.Route(
                            current.queue().id(),
                            fromTier,
                            ticket.assigneeId(),
                            current.queue().id(),
                            fromTier,
                            supervisor));
        }
        return queues.find(request.toQueueId())
                .onFailure(NotFoundProblem.class)
                .transform(e -> ProblemException.invalid("toQueueId", "is not a queue"))
                .map(target -> {
                    if (target.queue().id().equals(current.queue().id())) {
                        throw ProblemException.invalid("toQueueId", "is the queue the ticket is in");
                    }
                    if (target.queue().tier() < fromTier) {
                        throw ProblemException.invalid(
                                "toQueueId", "is below the ticket's tier; hand the ticket back instead");
                    }
                    if (!target.queue().active()) {
                        throw new ProblemException(ProblemType.CONFLICT, "The queue is inactive; choose another one.");
                    }
                    return new Escalation.Route(
                            current.queue().id(),
                            fromTier,
                            ticket.assigneeId(),
                            target.queue().id(),
                            target.queue().tier(),
                            null);
                });
    }

    @WithTransaction
    public Uni<Keyed> acknowledge(Caller caller, String id, String ifMatch, EscalationAcknowledgement request) {
        Instant now = now();
        return receivable(caller, id, ifMatch, EscalationStatus.OPEN)
                .chain(step -> ticketSide.locked(step.escalation().ticketId()).chain(ticket -> {
                    Escalation escalation = step.escalation();
                    UUID newAssignee = ticket.assigneeId() == null && step.works()
                            ? step.actor().id()
                            : null;
                    escalation.acknowledge(step.actor().id(), now);
                    return ticketSide
                            .accept(
                                    ticket,
                                    escalation.id(),
                                    step.actor().id(),
                                    newAssignee,
                                    told(request.publicMessage(), EscalationMessages.accepted(escalation.kind())),
                                    now)
                            .replaceWith(new Keyed(escalation, ticket.key()));
                }));
    }

    @WithTransaction
    public Uni<Keyed> decline(Caller caller, String id, String ifMatch, EscalationDecline request) {
        Instant now = now();
        return receivable(caller, id, ifMatch, EscalationStatus.OPEN).chain(step -> {
            Escalation escalation = step.escalation();
            if (escalation.fromQueueId() == null) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "The ticket was in no queue before it was escalated, so there is nowhere to send it back;"
                                + " acknowledge it and assign it from there.");
            }
            return queues.find(escalation.fromQueueId()).chain(from -> {
                boolean moves = !from.queue().id().equals(escalation.toQueueId());
                if (moves && !from.queue().active()) {
                    throw new ProblemException(
                            ProblemType.CONFLICT,
                            "The queue it came from is inactive now; acknowledge the escalation and assign the"
                                    + " ticket from there.");
                }
                UUID agent = escalation.fromAssigneeId();
                UUID backTo = agent != null && from.isWorkedBy(agent) ? agent : null;
                escalation.decline(step.actor().id(), request.reason(), now);
                return ticketSide
                        .locked(escalation.ticketId())
                        .chain(ticket -> ticketSide
                                .sendBack(
                                        ticket,
                                        escalation.id(),
                                        step.actor().id(),
                                        from.queue().id(),
                                        from.queue().tier(),
                                        backTo,
                                        request.reason(),
                                        now)
                                .replaceWith(new Keyed(escalation, ticket.key())));
            });
        });
    }

    @WithTransaction
    public Uni<Keyed> close(Caller caller, String id, String ifMatch, EscalationClosing request) {
        Instant now = now();
        return step(caller, id, ifMatch, EscalationStatus.ACKNOWLEDGED).chain(step -> {
            Escalation escalation = step.escalation();
            if (!step.receives() && !step.actor().id().equals(escalation.escalatedById())) {
                throw new ProblemException(
                        ProblemType.FORBIDDEN, "The receiving side or whoever escalated closes an escalation.");
            }
            escalation.close(step.actor().id(), request.note(), now);
            return ticketSide
                    .closed(escalation.ticketId(), escalation.id(), step.actor().id(), request.note(), now)
                    .call(escalations::flush)
                    .chain(() -> keyed(escalation));
        });
    }

    @WithSession
    public Uni<Keyed> find(Caller caller, String id) {
        return visible(caller, id).chain(this::keyed);
    }

    /** A work list: escalations oldest first, each with its age and its ticket's SLA state. */
    @WithSession
    public Uni<Page<EscalationWorkItem>> workList(Caller caller, EscalationFilter filter) {
        requireDesk(caller);
        Instant now = now();
        return escalations
                .page(filter)
                .map(rows -> Page.of(
                        rows,
                        filter.page(),
                        row -> new PageCursor(
                                ORDER,
                                row.escalation().escalatedAt().toString(),
                                row.escalation().id()),
                        row -> new EscalationWorkItem(
                                dev.servicedesk.escalation.dto.Escalation.of(row.escalation(), row.key()),
                                new EscalationWorkItem.TicketState(
                                        row.key(),
                                        row.subject(),
                                        row.status(),
                                        row.priority(),
                                        row.slaDueAt(),
                                        row.slaDueAt() != null
                                                && !row.slaDueAt().isAfter(now)),
                                Math.max(
                                        0,
                                        Duration.between(row.escalation().escalatedAt(), now)
                                                .toMinutes()))));
    }

    @WithSession
    public Uni<EscalationHandOver> handOver(Caller caller, String id) {
        return visible(caller, id)
                .chain(escalation -> tickets.find(caller, escalation.ticketId().toString())
                        .chain(ticket -> timeline.recent(ticket.id(), HAND_OVER_ENTRIES)
                                .map(recent -> new EscalationHandOver(
                                        dev.servicedesk.escalation.dto.Escalation.of(escalation, ticket.key()),
                                        dev.servicedesk.ticket.dto.Ticket.of(ticket, caller),
                                        recent.entries(),
                                        recent.earlier()))));
    }

    @WithSession
    public Uni<Page<dev.servicedesk.escalation.dto.Escalation>> ofTicket(
            Caller caller, String ticketRef, PageRequest page) {
        return tickets.find(caller, ticketRef).chain(ticket -> {
            requireDesk(caller);
            return escalations
                    .pageOf(ticket.id(), page)
                    .map(rows -> Page.of(
                            rows,
                            page,
                            escalation -> new PageCursor(
                                    ORDER, escalation.escalatedAt().toString(), escalation.id()),
                            escalation -> dev.servicedesk.escalation.dto.Escalation.of(escalation, ticket.key())));
        });
    }

    /** An escalation, the person acting on it, and whether they are its receiving side and work its queue. */
    private record Step(Escalation escalation, Person actor, boolean receives, boolean works) {}

    /** A step only the receiving side may take. */
    private Uni<Step> receivable(Caller caller, String id, String ifMatch, EscalationStatus expected) {
        return step(caller, id, ifMatch, expected).invoke(step -> {
            if (!step.receives()) {
                throw new ProblemException(
                        ProblemType.FORBIDDEN,
                        "Only the queue or supervisor the ticket was escalated to answers the escalation.");
            }
        });
    }

    private Uni<Step> step(Caller caller, String id, String ifMatch, EscalationStatus expected) {
        return visible(caller, id).chain(escalation -> {
            EntityTag.requireMatch(ifMatch, escalation.version());
            if (escalation.status() != expected) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "The escalation is " + escalation.status() + "; this step is for one that is " + expected
                                + ".");
            }
            return people.sync(caller)
                    .chain(actor -> queues.find(escalation.toQueueId()).map(to -> {
                        boolean works = to.isWorkedBy(actor.id());
                        boolean receives = caller.has(Role.ADMIN) || receives(escalation, to, actor.id(), works);
                        return new Step(escalation, actor, receives, works);
                    }));
        });
    }

    /**
     * The queue a FUNCTIONAL escalation went to answers it; a HIERARCHICAL one, the supervisor it
     * went to or whoever supervises the queue now, and for one that followed an unanswered
     * escalation, that queue's members too.
     */
    private static boolean receives(Escalation escalation, QueueState to, UUID actor, boolean works) {
        if (escalation.kind() == EscalationKind.FUNCTIONAL) {
            return works;
        }
        return actor.equals(escalation.toPersonId())
                || actor.equals(to.queue().supervisorId())
                || (escalation.trigger() == EscalationTrigger.ACKNOWLEDGEMENT_OVERDUE && works);
    }

    private Uni<Escalation> visible(Caller caller, String id) {
        requireDesk(caller);
        return Ids.parse(id)
                .map(escalations::findById)
                .orElseGet(() -> Uni.createFrom().nullItem())
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundProblem("escalation", id));
    }

    private Uni<Keyed> keyed(Escalation escalation) {
        return ticketSide.ticket(escalation.ticketId()).map(ticket -> new Keyed(escalation, ticket.key()));
    }

    private static void requireDesk(Caller caller) {
        if (!caller.isStaff()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Escalations are the desk's.");
        }
    }

    private static String told(String message, String standard) {
        return message != null ? message : standard;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
