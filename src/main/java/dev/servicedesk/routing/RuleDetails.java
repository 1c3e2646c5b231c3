package dev.servicedesk.routing;

import dev.servicedesk.common.PositionOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.CodePointLength;

/** What an admin sets on a routing rule, on create and through a merge patch. */
public record RuleDetails(
        @NotBlank @CodePointLength(max = 100) String name,
        @CodePointLength(max = 2000) String description,
        @NotNull @Min(0) @Max(PositionOrder.LAST) Integer position,
        @NotNull Boolean enabled,
        @NotNull OnMatch onMatch,
        @NotNull @Valid RoutingConditions conditions,
        @NotNull @Valid RoutingActions actions) {

    static RuleDetails of(RoutingRule rule) {
        return new RuleDetails(
                rule.name(),
                rule.description(),
                rule.position(),
                rule.enabled(),
                rule.onMatch(),
                rule.conditions(),
                rule.actions());
    }

    RuleDetails stripped() {
        return new RuleDetails(name.strip(), description, position, enabled, onMatch, conditions, actions);
    }
}
