package dev.servicedesk.ticket;

import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.CodePointLength;

/** Something the requester already tried, and what happened. */
public record StepTried(
        @NotBlank @CodePointLength(max = 2000) String step,
        @CodePointLength(max = 2000) String effect) {}
