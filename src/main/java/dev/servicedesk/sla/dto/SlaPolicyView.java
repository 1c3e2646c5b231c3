package dev.servicedesk.sla.dto;

import dev.servicedesk.sla.EscalationLevel;
import dev.servicedesk.sla.FirstResponseEvent;
import dev.servicedesk.sla.PolicyTerms;
import dev.servicedesk.sla.SlaConditions;
import dev.servicedesk.sla.SlaPause;
import dev.servicedesk.sla.SlaPolicy;
import dev.servicedesk.sla.SlaTarget;
import dev.servicedesk.ticket.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

public record SlaPolicyView(
        UUID id,
        String name,
        String description,
        int position,
        boolean enabled,
        SlaConditions conditions,
        UUID calendarId,
        Map<Priority, SlaTarget> targets,
        List<SlaPause> pauseWhen,
        List<Integer> warningThresholds,
        List<EscalationLevel> escalationLevels,
        Set<FirstResponseEvent> firstResponseMetBy,
        Instant createdAt,
        Instant updatedAt) {

    public static SlaPolicyView of(SlaPolicy policy) {
        PolicyTerms terms = policy.terms();
        return new SlaPolicyView(
                policy.id(),
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
                terms.firstResponseMetBy(),
                policy.createdAt(),
                policy.updatedAt());
    }
}
