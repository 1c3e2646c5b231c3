package dev.servicedesk.announcement.dto;

import dev.servicedesk.announcement.AnnouncementApproval;
import dev.servicedesk.announcement.AnnouncementAudience;
import dev.servicedesk.announcement.AnnouncementChannel;
import dev.servicedesk.announcement.AnnouncementImpact;
import dev.servicedesk.announcement.AnnouncementPhase;
import dev.servicedesk.announcement.AnnouncementResolution;
import dev.servicedesk.announcement.AnnouncementStatus;
import dev.servicedesk.announcement.AnnouncementText;
import dev.servicedesk.announcement.AnnouncementType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record AnnouncementView(
        UUID id,
        String key,
        AnnouncementType type,
        AnnouncementImpact impact,
        AnnouncementStatus status,
        AnnouncementPhase phase,
        AnnouncementAudience audience,
        List<AnnouncementChannel> channels,
        List<UUID> ciIds,
        Instant startsAt,
        Instant estimatedEndAt,
        Instant actualEndAt,
        String contact,
        Instant publishAt,
        Instant expiresAt,
        String sourceLanguage,
        String language,
        boolean outdated,
        AnnouncementText text,
        List<AnnouncementLanguage> languages,
        UUID authorId,
        AnnouncementApproval approval,
        AnnouncementResolution resolution,
        Instant publishedAt,
        Instant archivedAt,
        Instant lastUpdateAt,
        boolean updateOverdue,
        Instant nextUpdateDueAt,
        Instant createdAt,
        Instant updatedAt,
        List<AnnouncementStatus> allowedTransitions) {}
