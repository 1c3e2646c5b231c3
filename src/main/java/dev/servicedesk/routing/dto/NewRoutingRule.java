package dev.servicedesk.routing.dto;

import dev.servicedesk.routing.OnMatch;
import dev.servicedesk.routing.RoutingActions;
import dev.servicedesk.routing.RoutingConditions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.CodePointLength;

public record NewRoutingRule(
        @NotBlank @CodePointLength(max = 100) String name,
        @CodePointLength(max = 2000) String description,
        @Min(0) @Max(1_000_000) Integer position,
        Boolean enabled,
        OnMatch onMatch,
        @Valid RoutingConditions conditions,
        @NotNull @Valid RoutingActions actions) {}
