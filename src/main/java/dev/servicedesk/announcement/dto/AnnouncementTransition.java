package dev.servicedesk.announcement.dto;

import dev.servicedesk.announcement.AnnouncementStatus;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.hibernate.validator.constraints.CodePointLength;

public record AnnouncementTransition(
        @NotNull AnnouncementStatus to,
        @CodePointLength(min = 1, max = 2000) String reason,
        Instant publishAt) {}
