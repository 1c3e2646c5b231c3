package dev.servicedesk.ticket.dto;

import dev.servicedesk.ticket.TicketLinkType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record NewTicketLink(
        @NotNull TicketLinkType type,
        @NotBlank @Size(max = 64) String ticket) {}
