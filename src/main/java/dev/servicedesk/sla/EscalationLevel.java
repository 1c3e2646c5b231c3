package dev.servicedesk.sla;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * At {@code atPercent} of a target, what to do (the escalations carry it out): notify people, move
 * the ticket to a queue, raise its priority one step.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EscalationLevel(
        @NotNull SlaTargetKind target,
        @NotNull @Min(1) @Max(1000) Integer atPercent,
        @Size(max = 3) Set<@NotNull Recipient> recipients,
        UUID moveToQueueId,
        Boolean raisePriority) {

    public EscalationLevel {
        recipients = recipients == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(recipients));
        raisePriority = Boolean.TRUE.equals(raisePriority);
    }

    boolean doesNothing() {
        return recipients.isEmpty() && moveToQueueId == null && !raisePriority;
    }
}
