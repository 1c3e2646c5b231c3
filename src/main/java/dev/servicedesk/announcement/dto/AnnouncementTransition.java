package dev.servicedesk.announcement.dto;

import dev.servicedesk.announcement.AnnouncementStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

public record AnnouncementTransition(
        @NotNull AnnouncementStatus to,
        @Size(min = 1, max = 2000) String reason,
        Instant publishAt) {}
