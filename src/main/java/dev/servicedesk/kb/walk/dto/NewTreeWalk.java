package dev.servicedesk.kb.walk.dto;

import jakarta.validation.constraints.Size;

/** A walk to start, attached to a ticket (UUID or key) or not. */
public record NewTreeWalk(@Size(max = 64) String ticketRef) {}
