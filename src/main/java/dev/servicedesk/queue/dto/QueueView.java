package dev.servicedesk.queue.dto;

import dev.servicedesk.queue.Queue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record QueueView(
        UUID id,
        String name,
        String description,
        int tier,
        UUID supervisorId,
        List<UUID> memberIds,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {

    public static QueueView of(Queue queue, List<UUID> memberIds) {
        return new QueueView(
                queue.id(),
                queue.name(),
                queue.description(),
                queue.tier(),
                queue.supervisorId(),
                memberIds,
                queue.active(),
                queue.createdAt(),
                queue.updatedAt());
    }
}
