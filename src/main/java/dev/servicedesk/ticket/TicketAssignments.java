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
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Puts tickets in queues and with agents: assign, take, release, reassign. */
@ApplicationScoped
public class TicketAssignments {
    private final TicketService tickets;
    private final TicketRepository repository;
    private final TimelineRepository timeline;
    private final QueueService queues;
    private final PersonService people;
    private final Clock clock;

    TicketAssignments(
            TicketService tickets,
            TicketRepository repository,
            TimelineRepository timeline,
            QueueService queues,
            PersonService people,
            Clock clock) {
        this.tickets = tickets;
        this.repository = repository;
        this.timeline = timeline;
        this.queues = queues;
        this.people = people;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Ticket> assign(Caller caller, String ref, String ifMatch, TicketAssignment assignment) {
        return tickets.find(caller, ref).chain(ticket -> {
            if (!caller.isStaff()) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Tickets are assigned by the desk.");
            }
            EntityTag.requireMatch(ifMatch, ticket.version());
            if (ticket.finished()) {
                throw new ProblemException(
                        ProblemType.CONFLICT, "A " + ticket.status() + " ticket is not assigned any more.");
            }
            return queues.find(assignment.queueId())
                    .onFailure(NotFoundProblem.class)
                    .transform(e -> ProblemException.invalid("queueId", "is not a queue"))
                    .chain(queue -> {
                        checkAssignee(queue, assignment);
                        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                        List<FieldChange> changes =
                                ticket.assign(queue.queue().id(), queue.queue().tier(), assignment.assigneeId(), now);
                        if (changes.isEmpty()) {
                            return Uni.createFrom().item(ticket);
                        }
                        return people.sync(caller)
                                .chain(actor -> timeline.persist(TimelineEntry.assigned(
                                        ticket.id(), actor.id(), assignment.reason(), changes, now)))
                                .chain(repository::flush)
                                .replaceWith(ticket);
                    });
        });
    }

    private static void checkAssignee(QueueState queue, TicketAssignment assignment) {
        if (!queue.queue().active()) {
            throw new ProblemException(ProblemType.CONFLICT, "The queue is inactive; choose another one.");
        }
        if (assignment.assigneeId() != null
                && !queue.memberIds().contains(assignment.assigneeId())
                && !assignment.assigneeId().equals(queue.queue().supervisorId())) {
            throw ProblemException.invalid("assigneeId", "is not a member or the supervisor of the queue");
        }
    }
}
