package dev.servicedesk.ticket;

import jakarta.validation.constraints.NotNull;

public record PriorityMatrixCell(
        @NotNull Impact impact,
        @NotNull Urgency urgency,
        @NotNull Priority priority) {}
