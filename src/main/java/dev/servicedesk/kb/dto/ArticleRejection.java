package dev.servicedesk.kb.dto;

import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.CodePointLength;

/** Sends a draft under review back, saying why. */
public record ArticleRejection(
        String language,
        @NotBlank @CodePointLength(max = 2000) String reason) {}
