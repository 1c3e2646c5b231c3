package dev.servicedesk.queue;

import java.util.List;
import java.util.UUID;

/** A queue with its members, as the service answers it. */
public record QueueState(Queue queue, List<UUID> memberIds) {
    /** Its members and its supervisor work a queue. */
    public boolean isWorkedBy(UUID person) {
        return memberIds.contains(person) || person.equals(queue.supervisorId());
    }
}
