package dev.servicedesk.escalation.dto;

import jakarta.validation.constraints.Size;

public record EscalationAcknowledgement(
        @Size(min = 1, max = 2000) String publicMessage) {}
