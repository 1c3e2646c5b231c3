package dev.servicedesk.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Something the requester already tried, and what happened. */
public record StepTried(
        @NotBlank @Size(max = 2000) String step,
        @Size(max = 2000) String effect) {}
