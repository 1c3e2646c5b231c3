package dev.servicedesk.routing.dto;

import dev.servicedesk.routing.OnMatch;
import dev.servicedesk.routing.RoutingActions;
import dev.servicedesk.routing.RoutingConditions;
import dev.servicedesk.routing.RoutingRule;
import java.time.Instant;
import java.util.UUID;

public record RoutingRuleView(
        UUID id,
        String name,
        String description,
        int position,
        boolean enabled,
        String disabledReason,
        OnMatch onMatch,
        RoutingConditions conditions,
        RoutingActions actions,
        Instant createdAt,
        Instant updatedAt) {

    public static RoutingRuleView of(RoutingRule rule) {
        return new RoutingRuleView(
                rule.id(),
                rule.name(),
                rule.description(),
                rule.position(),
                rule.enabled(),
                rule.disabledReason(),
                rule.onMatch(),
                rule.conditions(),
                rule.actions(),
                rule.createdAt(),
                rule.updatedAt());
    }
}
