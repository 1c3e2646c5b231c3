package dev.servicedesk.sla;

import dev.servicedesk.common.PositionOrder;
import dev.servicedesk.ticket.Priority;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.validator.constraints.CodePointLength;

/** What an admin sets on an SLA policy, on create and through a merge patch. */
public record PolicyDetails(
        @NotBlank @CodePointLength(max = 100) String name,
        @CodePointLength(max = 2000) String description,
        @NotNull @Min(0) @Max(PositionOrder.LAST) Integer position,
        @NotNull Boolean enabled,
        @NotNull @Valid SlaConditions conditions,
        @NotNull UUID calendarId,
        @NotNull Map<@NotNull Priority, @NotNull @Valid SlaTarget> targets,
        @NotNull @Size(max = 10) List<@NotNull @Valid SlaPause> pauseWhen,
        @NotNull @Size(max = 5) List<@NotNull @Min(1) @Max(99) Integer> warningThresholds,
        @NotNull @Size(max = 10) List<@NotNull @Valid EscalationLevel> escalationLevels,
        @NotNull @Size(min = 1, max = 2) Set<@NotNull FirstResponseEvent> firstResponseMetBy) {

    public PolicyDetails {
        if (targets != null) {
            Map<Priority, SlaTarget> ordered = new EnumMap<>(Priority.class);
            ordered.putAll(targets);
            targets = ordered;
        }
        if (warningThresholds != null) {
            warningThresholds = warningThresholds.stream().sorted().distinct().toList();
        }
        if (firstResponseMetBy != null) {
            firstResponseMetBy = Collections.unmodifiableSet(new TreeSet<>(firstResponseMetBy));
        }
    }

    static PolicyDetails of(SlaPolicy policy) {
        PolicyTerms terms = policy.terms();
        return new PolicyDetails(
                policy.name(),
                policy.description(),
                policy.position(),
                policy.enabled(),
                policy.conditions(),
                policy.calendarId(),
                terms.targets(),
                terms.pauseWhen(),
                terms.warningThresholds(),
                terms.escalationLevels(),
                terms.firstResponseMetBy());
    }

    PolicyTerms terms() {
        return new PolicyTerms(targets, pauseWhen, warningThresholds, escalationLevels, firstResponseMetBy);
    }

    PolicyDetails stripped() {
        return new PolicyDetails(
                name.strip(),
                description,
                position,
                enabled,
                conditions,
                calendarId,
                targets,
                pauseWhen,
                warningThresholds,
                escalationLevels,
                firstResponseMetBy);
    }
}
