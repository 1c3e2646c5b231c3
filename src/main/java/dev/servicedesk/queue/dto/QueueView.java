package dev.servicedesk.queue.dto;

import dev.servicedesk.queue.Queue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A queue as the API shows it, with what the caller may do with it. */
public record QueueView(
        UUID id,
        String name,
        String description,
        int tier,
        UUID supervisorId,
        List<UUID> memberIds,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        QueueActions allowedActions) {

    public static QueueView of(Queue queue, List<UUID> memberIds, QueueActions allowedActions) {
        return new QueueView(
                queue.id(),
                queue.name(),
                queue.description(),
                queue.tier(),
                queue.supervisorId(),
                memberIds,
                queue.active(),
                queue.createdAt(),
                queue.updatedAt(),
                allowedActions);
    }
}
