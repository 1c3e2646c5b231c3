package dev.servicedesk.escalation.dto;

import dev.servicedesk.escalation.EscalationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.hibernate.validator.constraints.CodePointLength;

public record NewEscalation(
        @NotNull EscalationKind kind,
        UUID toQueueId,
        @NotBlank @CodePointLength(max = 2000) String reason,
        @CodePointLength(min = 1, max = 2000) String publicMessage,
        @CodePointLength(max = 10000) String summary) {}
