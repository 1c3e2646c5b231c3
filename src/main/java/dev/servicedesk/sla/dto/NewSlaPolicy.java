package dev.servicedesk.sla.dto;

import dev.servicedesk.sla.EscalationLevel;
import dev.servicedesk.sla.FirstResponseEvent;
import dev.servicedesk.sla.SlaConditions;
import dev.servicedesk.sla.SlaPause;
import dev.servicedesk.sla.SlaTarget;
import dev.servicedesk.ticket.Priority;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.validator.constraints.CodePointLength;

public record NewSlaPolicy(
        @NotBlank @CodePointLength(max = 100) String name,
        @CodePointLength(max = 2000) String description,
        @Min(0) @Max(1_000_000) Integer position,
        Boolean enabled,
        @Valid SlaConditions conditions,
        @NotNull UUID calendarId,
        @NotNull Map<@NotNull Priority, @NotNull @Valid SlaTarget> targets,
        @Size(max = 10) List<@NotNull @Valid SlaPause> pauseWhen,
        @Size(max = 5) List<@NotNull @Min(1) @Max(99) Integer> warningThresholds,
        @Size(max = 10) List<@NotNull @Valid EscalationLevel> escalationLevels,
        @Size(min = 1, max = 2) Set<@NotNull FirstResponseEvent> firstResponseMetBy) {}
