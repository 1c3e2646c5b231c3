package dev.servicedesk.ticket.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

public record TicketAssignment(
        @NotNull UUID queueId,
        UUID assigneeId,
        @Size(max = 2000) String reason) {}
