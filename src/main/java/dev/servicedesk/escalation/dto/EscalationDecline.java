package dev.servicedesk.escalation.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record EscalationDecline(@NotBlank @Size(max = 2000) String reason) {}
