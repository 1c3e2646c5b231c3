package dev.servicedesk.queue;

import java.util.Set;
import java.util.UUID;

/** Who works a queue, as plain values: its members and its supervisor, at its tier. */
public record QueueWorkers(UUID queueId, int tier, boolean active, UUID supervisorId, Set<UUID> memberIds) {
    public boolean isWorkedBy(UUID person) {
        return memberIds.contains(person) || person.equals(supervisorId);
    }
}
