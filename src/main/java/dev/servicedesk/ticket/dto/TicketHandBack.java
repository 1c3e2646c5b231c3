package dev.servicedesk.ticket.dto;

import org.hibernate.validator.constraints.CodePointLength;

public record TicketHandBack(@CodePointLength(max = 2000) String reason) {}
