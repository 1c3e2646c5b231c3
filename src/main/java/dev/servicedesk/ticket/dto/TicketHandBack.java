package dev.servicedesk.ticket.dto;

import jakarta.validation.constraints.Size;

public record TicketHandBack(@Size(max = 2000) String reason) {}
