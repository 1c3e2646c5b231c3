package dev.servicedesk.announcement.dto;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.CodePointLength;

public record AnnouncementFeedback(
        @NotNull Boolean helpful,
        Boolean stillAffected,
        @CodePointLength(max = 2000) String comment) {}
