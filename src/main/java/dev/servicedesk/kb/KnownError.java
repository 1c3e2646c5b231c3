package dev.servicedesk.kb;

import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.CodePointLength;

/** A known error's description: what users see, why, and what they can do meanwhile. */
public record KnownError(
        @NotBlank @CodePointLength(max = 10000) String symptoms,
        @CodePointLength(max = 10000) String cause,
        @CodePointLength(max = 10000) String workaround) {}
