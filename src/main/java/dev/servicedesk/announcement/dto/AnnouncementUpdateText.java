package dev.servicedesk.announcement.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An update's text in one language. */
public record AnnouncementUpdateText(
        @NotNull String language,
        @NotNull @NotBlank @Size(max = 4000) String text) {}
