package dev.servicedesk.announcement.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record AnnouncementFeedback(
        @NotNull Boolean helpful,
        Boolean stillAffected,
        @Size(max = 2000) String comment) {}
