package dev.servicedesk.escalation.dto;

import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.CodePointLength;

public record EscalationDecline(
        @NotBlank @CodePointLength(max = 2000) String reason) {}
