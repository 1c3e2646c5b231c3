package dev.servicedesk.kb.dto;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.CodePointLength;

/** Whether an article helped, and perhaps why. */
public record ArticleFeedback(
        @NotNull Boolean helpful,
        @CodePointLength(max = 2000) String comment) {}
