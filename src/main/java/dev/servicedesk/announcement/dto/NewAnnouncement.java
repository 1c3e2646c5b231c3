package dev.servicedesk.announcement.dto;

import dev.servicedesk.announcement.AnnouncementAudience;
import dev.servicedesk.announcement.AnnouncementChannel;
import dev.servicedesk.announcement.AnnouncementDetails;
import dev.servicedesk.announcement.AnnouncementImpact;
import dev.servicedesk.announcement.AnnouncementText;
import dev.servicedesk.announcement.AnnouncementType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.validator.constraints.CodePointLength;

public record NewAnnouncement(
        @NotNull AnnouncementType type,
        @NotNull AnnouncementImpact impact,
        @NotNull String language,
        @NotNull @Valid AnnouncementText text,
        @Size(max = 50) List<@NotNull UUID> ciIds,
        Instant startsAt,
        Instant estimatedEndAt,
        @CodePointLength(max = 500) String contact,
        @Size(min = 1, max = 4) List<@NotNull AnnouncementChannel> channels,
        @NotNull @Valid AnnouncementAudience audience,
        Instant publishAt,
        Instant expiresAt) {

    public AnnouncementDetails details() {
        return new AnnouncementDetails(
                type, impact, ciIds, startsAt, estimatedEndAt, contact, channels, audience, publishAt, expiresAt);
    }
}
