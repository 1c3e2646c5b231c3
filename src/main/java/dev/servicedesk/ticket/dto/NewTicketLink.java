package dev.servicedesk.ticket.dto;

import dev.servicedesk.ticket.TicketLinkType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.CodePointLength;

public record NewTicketLink(
        @NotNull TicketLinkType type,
        @NotBlank @CodePointLength(max = 64) String ticket) {}
