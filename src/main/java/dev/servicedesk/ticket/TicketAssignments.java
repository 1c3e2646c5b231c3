package dev.servicedesk.ticket;

import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.queue.QueueService;
import dev.servicedesk.queue.QueueState;
import dev.servicedesk.ticket.dto.TicketAssignment;
import dev.servicedesk.ticket.dto.TicketHandBack;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Puts tickets in queues and with agents: assign, take, release, reassign, hand back. */
@ApplicationScoped
public class TicketAssignments {
    private final TicketService tickets;
    private final TicketRepository repository;
    private final TimelineRepository timeline;
    private final QueueService queues;
    private final PersonService people;
    private final Reclassification reclassification;
    private final Clock clock;

    TicketAssignments(
            TicketService tickets,
            TicketRepository repository,
            TimelineRepository timeline,
            QueueService queues,
            PersonService people,
            Reclassification reclassification,
            Clock clock) {
        this.tickets = tickets;
        this.repository = repository;
        this.timeline = timeline;
        this.queues = queues;
        this.people = people;
        this.reclassification = reclassification;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Ticket> assign(Caller caller, String ref, String ifMatch, TicketAssignment assignment) {
        return assignable(caller, ref, ifMatch)
                .chain(ticket -> queues.find(assignment.queueId())
                        .onFailure(NotFoundProblem.class)
                        .transform(e -> ProblemException.invalid("queueId", "is not a queue"))
                        .chain(queue -> {
                            requireActive(queue);
                            if (assignment.assigneeId() != null && !works(queue, assignment.assigneeId())) {
                                throw ProblemException.invalid(
                                        "assigneeId", "is not a member or the supervisor of the queue");
                            }
                            return move(caller, ticket, queue, assignment.assigneeId(), assignment.reason());
                        }));
    }

    /**
     * Returns the ticket to the lower-tier queue it came from, and to the agent it had there while
     * they still work that queue.
     */
    @WithTransaction
    public Uni<Ticket> handBack(Caller caller, String ref, String ifMatch, TicketHandBack handBack) {
        return assignable(caller, ref, ifMatch).chain(ticket -> {
            if (ticket.handBackQueueId() == null) {
                throw new ProblemException(
                        ProblemType.CONFLICT, "The ticket has not come up from a lower tier; assign it instead.");
            }
            return queues.find(ticket.handBackQueueId()).chain(queue -> {
                requireActive(queue);
                if (queue.queue().tier() >= ticket.tier()) {
                    throw new ProblemException(
                            ProblemType.CONFLICT,
                            "The queue it came from is now at tier "
                                    + queue.queue().tier() + ", not below this one; assign it instead.");
                }
                UUID agent = ticket.handBackAssigneeId();
                return move(
                        caller, ticket, queue, agent != null && works(queue, agent) ? agent : null, handBack.reason());
            });
        });
    }

    /** The caller's ticket to move: desk only, current, not finished. */
    private Uni<Ticket> assignable(Caller caller, String ref, String ifMatch) {
        return tickets.find(caller, ref).invoke(ticket -> {
            if (!caller.isStaff()) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Tickets are assigned by the desk.");
            }
            EntityTag.requireMatch(ifMatch, ticket.version());
            if (ticket.finished()) {
                throw new ProblemException(
                        ProblemType.CONFLICT, "A " + ticket.status() + " ticket is not assigned any more.");
            }
            if (ticket.status() == TicketStatus.ESCALATED) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "The ticket waits on an escalation; it moves when the escalation is acknowledged or declined.");
            }
        });
    }

    private Uni<Ticket> move(Caller caller, Ticket ticket, QueueState queue, UUID assignee, String reason) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<FieldChange> changes =
                ticket.assign(queue.queue().id(), queue.queue().tier(), assignee, now);
        if (changes.isEmpty()) {
            return Uni.createFrom().item(ticket);
        }
        boolean queueChanged =
                changes.stream().anyMatch(change -> change.field().equals("queueId"));
        return people.sync(caller)
                .chain(actor -> timeline.persist(TimelineEntry.assigned(ticket.id(), actor.id(), reason, changes, now)))
                .call(() -> queueChanged
                        ? reclassification.retarget(ticket, now)
                        : Uni.createFrom().voidItem())
                .chain(repository::flush)
                .replaceWith(ticket);
    }

    private static void requireActive(QueueState queue) {
        if (!queue.queue().active()) {
            throw new ProblemException(ProblemType.CONFLICT, "The queue is inactive; choose another one.");
        }
    }

    private static boolean works(QueueState queue, UUID agent) {
        return queue.memberIds().contains(agent) || agent.equals(queue.queue().supervisorId());
    }
}
