package dev.servicedesk.announcement.dto;

import dev.servicedesk.announcement.AnnouncementImpact;
import dev.servicedesk.announcement.AnnouncementPhase;
import dev.servicedesk.announcement.AnnouncementStatus;
import dev.servicedesk.announcement.AnnouncementType;
import dev.servicedesk.announcement.AudienceKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record AnnouncementSummary(
        UUID id,
        String key,
        AnnouncementType type,
        AnnouncementImpact impact,
        AnnouncementStatus status,
        AnnouncementPhase phase,
        AudienceKind audienceKind,
        List<UUID> ciIds,
        String language,
        String title,
        Instant startsAt,
        Instant estimatedEndAt,
        Instant publishAt,
        Instant publishedAt,
        Instant lastUpdateAt,
        boolean updateOverdue,
        Instant nextUpdateDueAt,
        Instant createdAt,
        Instant updatedAt) {}
