package dev.servicedesk.announcement.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.CodePointLength;

/** An update's text in one language. */
public record AnnouncementUpdateText(
        @NotNull String language,
        @NotNull @NotBlank @CodePointLength(max = 4000) String text) {}
