package dev.servicedesk.queue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.hibernate.validator.constraints.CodePointLength;

/** What an admin sets on a queue, on create and through a merge patch. */
public record QueueDetails(
        @NotBlank @CodePointLength(max = 100) String name,
        @CodePointLength(max = 2000) String description,
        @NotNull @Min(1) @Max(4) Integer tier,
        UUID supervisorId,
        @NotNull @Size(max = 500) List<@NotNull UUID> memberIds,
        @NotNull Boolean active) {

    QueueDetails stripped() {
        return new QueueDetails(name.strip(), description, tier, supervisorId, memberIds, active);
    }

    static QueueDetails of(Queue queue, List<UUID> memberIds) {
        return new QueueDetails(
                queue.name(), queue.description(), queue.tier(), queue.supervisorId(), memberIds, queue.active());
    }
}
