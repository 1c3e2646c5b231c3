package dev.servicedesk.queue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A queue with its members, as the service answers it. */
public record QueueState(Queue queue, List<UUID> memberIds) {
    /** Its members and its supervisor work a queue. */
    public boolean isWorkedBy(UUID person) {
        return workers().isWorkedBy(person);
    }

    public QueueWorkers workers() {
        return new QueueWorkers(queue.id(), queue.tier(), queue.active(), queue.supervisorId(), Set.copyOf(memberIds));
    }
}
