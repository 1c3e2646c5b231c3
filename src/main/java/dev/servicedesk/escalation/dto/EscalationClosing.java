package dev.servicedesk.escalation.dto;

import jakarta.validation.constraints.Size;

public record EscalationClosing(@Size(min = 1, max = 2000) String note) {}
