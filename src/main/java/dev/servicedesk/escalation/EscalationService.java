package dev.servicedesk.escalation;

import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.escalation.EscalationViews.Keyed;
import dev.servicedesk.escalation.dto.EscalationAcknowledgement;
import dev.servicedesk.escalation.dto.EscalationClosing;
import dev.servicedesk.escalation.dto.EscalationDecline;
import dev.servicedesk.escalation.dto.NewEscalation;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.Person;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.identity.Role;
import dev.servicedesk.queue.QueueService;
import dev.servicedesk.queue.QueueState;
import dev.servicedesk.ticket.Ticket;
import dev.servicedesk.ticket.TicketEscalations;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Escalations made by agents: up to a higher-tier or specialist queue, or to the queue's
 * supervisor; acknowledged, declined or closed by the receiving side. Each step changes the
 * ticket in the same transaction.
 */
@ApplicationScoped
public class EscalationService {
    private final EscalationRepository escalations;
    private final EscalationViews views;
    private final TicketEscalations ticketSide;
    private final QueueService queues;
    private final PersonService people;
    private final Clock clock;

    EscalationService(
            EscalationRepository escalations,
            EscalationViews views,
            TicketEscalations ticketSide,
            QueueService queues,
            PersonService people,
            Clock clock) {
        this.escalations = escalations;
        this.views = views;
        this.ticketSide = ticketSide;
        this.queues = queues;
        this.people = people;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Keyed> escalate(Caller caller, String ticketRef, String ifMatch, NewEscalation request) {
        if (request.kind() == EscalationKind.FUNCTIONAL && request.toQueueId() == null) {
            throw ProblemException.invalid("toQueueId", "is required to escalate to another queue");
        }
        if (request.kind() == EscalationKind.HIERARCHICAL && request.toQueueId() != null) {
            throw ProblemException.invalid("toQueueId", "is only for FUNCTIONAL; HIERARCHICAL goes to the supervisor");
        }
        Instant now = clock.instant();
        return ticketSide
                .escalatable(caller, ticketRef, ifMatch)
                .chain(ticket -> planned(caller, ticket, request))
                .chain(plan -> recorded(plan, request, now));
    }

    /** An escalation about to be made: the ticket, who makes it, where it goes, and its number on the ticket. */
    private record Plan(Ticket ticket, Person actor, Escalation.Route route, int number) {}

    private Uni<Plan> planned(Caller caller, Ticket ticket, NewEscalation request) {
        return people.sync(caller)
                .chain(actor -> queues.find(ticket.queueId())
                        .chain(current -> route(request, ticket, current, actor.id()))
                        .chain(route -> escalations
                                .countOf(ticket.id())
                                .map(earlier -> new Plan(ticket, actor, route, earlier.intValue() + 1))));
    }

    private Uni<Keyed> recorded(Plan plan, NewEscalation request, Instant now) {
        Escalation.Route route = plan.route();
        Escalation escalation = Escalation.manual(
                plan.ticket().id(),
                request.kind(),
                plan.number(),
                route,
                request.reason(),
                told(request.publicMessage(), EscalationMessages.escalated(request.kind(), route.toTier())),
                request.summary(),
                plan.actor().id(),
                now);
        return escalations
                .persist(escalation)
                .call(() -> ticketSide.escalate(
                        plan.ticket(),
                        escalation.id(),
                        plan.actor().id(),
                        route.toQueueId(),
                        route.toTier(),
                        request.reason(),
                        escalation.publicMessage(),
                        now))
                .map(saved -> new Keyed(saved, plan.ticket().key()));
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
                            ticket.placement().assigneeId(),
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
                            ticket.placement().assigneeId(),
                            target.queue().id(),
                            target.queue().tier(),
                            null);
                });
    }

    @WithTransaction
    public Uni<Keyed> acknowledge(Caller caller, String id, String ifMatch, EscalationAcknowledgement request) {
        Instant now = clock.instant();
        return receivable(caller, id, ifMatch, EscalationStatus.OPEN)
                .chain(step -> ticketSide.locked(step.escalation().ticketId()).chain(ticket -> {
                    Escalation escalation = step.escalation();
                    UUID newAssignee = ticket.placement().assigneeId() == null && step.works()
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
        Instant now = clock.instant();
        return receivable(caller, id, ifMatch, EscalationStatus.OPEN).chain(step -> {
            Escalation escalation = step.escalation();
            if (escalation.route().fromQueueId() == null) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "The ticket was in no queue before it was escalated, so there is nowhere to send it back;"
                                + " acknowledge it and assign it from there.");
            }
            return queues.find(escalation.route().fromQueueId()).chain(from -> {
                boolean moves = !from.queue().id().equals(escalation.route().toQueueId());
                if (moves && !from.queue().active()) {
                    throw new ProblemException(
                            ProblemType.CONFLICT,
                            "The queue it came from is inactive now; acknowledge the escalation and assign the"
                                    + " ticket from there.");
                }
                UUID agent = escalation.route().fromAssigneeId();
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
        Instant now = clock.instant();
        return step(caller, id).chain(step -> {
            Escalation escalation = step.escalation();
            if (!step.receives() && !step.actor().id().equals(escalation.escalatedById())) {
                throw new ProblemException(
                        ProblemType.FORBIDDEN, "The receiving side or whoever escalated closes an escalation.");
            }
            requireState(escalation, ifMatch, EscalationStatus.ACKNOWLEDGED);
            escalation.close(step.actor().id(), request.note(), now);
            return ticketSide
                    .closed(escalation.ticketId(), escalation.id(), step.actor().id(), request.note(), now)
                    .call(escalations::flush)
                    .chain(() -> views.keyed(escalation));
        });
    }

    /** An escalation, the person acting on it, and whether they are its receiving side and work its queue. */
    private record Step(Escalation escalation, Person actor, boolean receives, boolean works) {}

    /** A step only the receiving side may take, on an escalation in the {@code expected} state. */
    private Uni<Step> receivable(Caller caller, String id, String ifMatch, EscalationStatus expected) {
        return step(caller, id).invoke(step -> {
            if (!step.receives()) {
                throw new ProblemException(
                        ProblemType.FORBIDDEN,
                        "Only the queue or supervisor the ticket was escalated to answers the escalation.");
            }
            requireState(step.escalation(), ifMatch, expected);
        });
    }

    /** Who may take a step is decided first; only then whether the escalation is as the step needs it. */
    private static void requireState(Escalation escalation, String ifMatch, EscalationStatus expected) {
        EntityTag.requireMatch(ifMatch, escalation.version());
        if (escalation.status() != expected) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The escalation is " + escalation.status() + "; this step is for one that is " + expected + ".");
        }
    }

    private Uni<Step> step(Caller caller, String id) {
        return views.visible(caller, id)
                .chain(escalation -> people.sync(caller)
                        .chain(actor -> queues.find(escalation.route().toQueueId())
                                .map(to -> {
                                    boolean works = to.isWorkedBy(actor.id());
                                    boolean receives = EscalationActionRules.receives(
                                            escalation, to.workers(), actor.id(), caller.has(Role.ADMIN));
                                    return new Step(escalation, actor, receives, works);
                                })));
    }

    private static String told(String message, String standard) {
        return message != null ? message : standard;
    }
}
