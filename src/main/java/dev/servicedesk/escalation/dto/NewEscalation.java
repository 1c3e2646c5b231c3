package dev.servicedesk.escalation.dto;

import dev.servicedesk.escalation.EscalationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

public record NewEscalation(
        @NotNull EscalationKind kind,
        UUID toQueueId,
        @NotBlank @Size(max = 2000) String reason,
        @Size(min = 1, max = 2000) String publicMessage,
        @Size(max = 10000) String summary) {}
