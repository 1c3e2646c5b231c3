package dev.servicedesk.ticket;

import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.Person;
import dev.servicedesk.queue.QueueDirectory;
import dev.servicedesk.queue.QueueWorkers;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Who works a ticket, and so may change it as the desk: admins and integrations always; agents and
 * supervisors when they are members or the supervisor of its queue, or, while it is in no queue,
 * of a front-line (tier 1) queue. The rest of the desk reads it. Who works which queue comes from
 * the queues kept in memory ({@link QueueDirectory}).
 */
@ApplicationScoped
public class TicketWorkers {
    static final int FRONT_LINE_TIER = 1;

    private final QueueDirectory queues;

    TicketWorkers(QueueDirectory queues) {
        this.queues = queues;
    }

    /** Whether the caller works a ticket in {@code queueId} (null: in none). */
    public Uni<Boolean> works(Caller caller, Person actor, UUID queueId) {
        if (caller.worksEveryQueue()) {
            return Uni.createFrom().item(true);
        }
        if (!caller.isStaff()) {
            return Uni.createFrom().item(false);
        }
        return worksAsMember(actor, queueId);
    }

    /**
     * Whether {@code person} works the ticket by queue membership alone: what is known of someone
     * who writes by e-mail, without a token to tell their roles.
     */
    Uni<Boolean> worksAsMember(Person person, UUID queueId) {
        if (queueId != null) {
            return queues.find(queueId).map(queue -> queue != null && queue.isWorkedBy(person.id()));
        }
        return queues.worksAQueueOfTier(person.id(), FRONT_LINE_TIER);
    }

    /** A queue's tickets are listed for those who work it, as its working list is. */
    Uni<Void> requireWorksQueue(Person actor, UUID queueId) {
        return queues.find(queueId)
                .invoke(queue -> {
                    if (queue == null) {
                        throw notWorked();
                    }
                    requireWorks(queue, actor.id());
                })
                .replaceWithVoid();
    }

    static void requireWorks(QueueWorkers queue, UUID person) {
        if (!queue.isWorkedBy(person)) {
            throw notWorked();
        }
    }

    private static ProblemException notWorked() {
        return new ProblemException(ProblemType.FORBIDDEN, "Only the queue's members and supervisor work it.");
    }
}
