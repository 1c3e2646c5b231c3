package dev.servicedesk.queue.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record Queue(
        UUID id,
        String name,
        String description,
        int tier,
        UUID supervisorId,
        List<UUID> memberIds,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {

    public static Queue of(dev.servicedesk.queue.Queue queue, List<UUID> memberIds) {
        return new Queue(
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
