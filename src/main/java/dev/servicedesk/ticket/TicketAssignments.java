package dev.servicedesk.ticket;

import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.queue.QueueService;
import dev.servicedesk.queue.QueueState;
import dev.servicedesk.ticket.TicketService.TicketAction;
import dev.servicedesk.ticket.dto.TicketAssignment;
import dev.servicedesk.ticket.dto.TicketHandBack;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Puts tickets in queues and with agents: assign, take, release, reassign, hand back. */
@ApplicationScoped
public class TicketAssignments {
    private final TicketService tickets;
    private final TicketRepository repository;
    private final TicketHistory history;
    private final QueueService queues;
    private final Reclassification reclassification;
    private final EscalationsOnTicket escalations;
    private final Clock clock;

    TicketAssignments(
            TicketService tickets,
            TicketRepository repository,
            TicketHistory history,
            QueueService queues,
            Reclassification reclassification,
            EscalationsOnTicket escalations,
            Clock clock) {
        this.tickets = tickets;
        this.repository = repository;
        this.history = history;
        this.queues = queues;
        this.reclassification = reclassification;
        this.escalations = escalations;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Ticket> assign(Caller caller, String ref, String ifMatch, TicketAssignment assignment) {
        return assignable(caller, ref, ifMatch)
                .chain(action -> queues.find(assignment.queueId())
                        .onFailure(NotFoundProblem.class)
                        .transform(e -> ProblemException.invalid("queueId", "is not a queue"))
                        .chain(queue -> {
                            requireActive(queue);
                            if (assignment.assigneeId() != null && !queue.isWorkedBy(assignment.assigneeId())) {
                                throw ProblemException.invalid(
                                        "assigneeId", "is not a member or the supervisor of the queue");
                            }
                            return move(
                                    action,
                                    queue,
                                    assignment.assigneeId(),
                                    assignment.reason(),
                                    "assigned to another queue");
                        }));
    }

    /**
     * Returns the ticket to the lower-tier queue it came from, and to the agent it had there while
     * they still work that queue.
     */
    @WithTransaction
    public Uni<Ticket> handBack(Caller caller, String ref, String ifMatch, TicketHandBack handBack) {
        return assignable(caller, ref, ifMatch).chain(action -> {
            Ticket ticket = action.ticket();
            if (ticket.placement().handBackQueueId() == null) {
                throw new ProblemException(
                        ProblemType.CONFLICT, "The ticket has not come up from a lower tier; assign it instead.");
            }
            return queues.find(ticket.placement().handBackQueueId()).chain(queue -> {
                requireActive(queue);
                if (queue.queue().tier() >= ticket.placement().tier()) {
                    throw new ProblemException(
                            ProblemType.CONFLICT,
                            "The queue it came from is now at tier "
                                    + queue.queue().tier() + ", not below this one; assign it instead.");
                }
                UUID agent = ticket.placement().handBackAssigneeId();
                return move(
                        action,
                        queue,
                        agent != null && queue.isWorkedBy(agent) ? agent : null,
                        handBack.reason(),
                        "handed back");
            });
        });
    }

    /** The ticket to move: by those who work it, at the version they saw, not finished. */
    private Uni<TicketAction> assignable(Caller caller, String ref, String ifMatch) {
        return tickets.forChange(caller, ref).invoke(action -> {
            Ticket ticket = action.ticket();
            if (!action.works()) {
                throw new ProblemException(
                        ProblemType.FORBIDDEN, "Tickets are assigned by those who work the ticket's queue.");
            }
            TicketTags.requireMatch(ifMatch, ticket, caller);
            if (ticket.finished()) {
                throw new ProblemException(
                        ProblemType.CONFLICT, "The ticket is " + ticket.status() + " and is not assigned any more.");
            }
            if (ticket.status() == TicketStatus.ESCALATED) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "The ticket waits on an escalation; it moves when the escalation is acknowledged or declined.");
            }
        });
    }

    /** Into {@code queue} with {@code assignee}; escalations accepted in the queue it leaves are done. */
    private Uni<Ticket> move(TicketAction action, QueueState queue, UUID assignee, String reason, String how) {
        Ticket ticket = action.ticket();
        UUID left = ticket.queueId();
        Instant now = clock.instant();
        List<FieldChange> changes =
                ticket.assign(queue.queue().id(), queue.queue().tier(), assignee, now);
        if (changes.isEmpty()) {
            return Uni.createFrom().item(ticket);
        }
        boolean queueChanged =
                changes.stream().anyMatch(change -> change.field().equals("queueId"));
        return history.append(
                        ticket,
                        TimelineEntry.assigned(ticket.id(), action.actor().id(), reason, changes, now))
                .call(() -> queueChanged
                        ? reclassification
                                .retarget(ticket, now)
                                .chain(() -> left == null
                                        ? Uni.createFrom().voidItem()
                                        : escalations.leftQueue(
                                                ticket, left, action.actor().id(), how, now))
                        : Uni.createFrom().voidItem())
                .chain(repository::flush)
                .replaceWith(ticket);
    }

    private static void requireActive(QueueState queue) {
        if (!queue.queue().active()) {
            throw new ProblemException(ProblemType.CONFLICT, "The queue is inactive; choose another one.");
        }
    }
}
