package dev.servicedesk.ticket.dto;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.hibernate.validator.constraints.CodePointLength;

public record TicketAssignment(
        @NotNull UUID queueId,
        UUID assigneeId,
        @CodePointLength(max = 2000) String reason) {}
