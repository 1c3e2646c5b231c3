package dev.servicedesk.announcement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.validator.constraints.CodePointLength;

/** What an announcement says beyond its text: what, how bad, where, when, to whom and how. */
public record AnnouncementDetails(
        @NotNull AnnouncementType type,
        @NotNull AnnouncementImpact impact,
        @Size(max = 50) List<@NotNull UUID> ciIds,
        Instant startsAt,
        Instant estimatedEndAt,
        @CodePointLength(max = 500) String contact,
        @Size(min = 1, max = 4) List<@NotNull AnnouncementChannel> channels,
        @NotNull @Valid AnnouncementAudience audience,
        Instant publishAt,
        Instant expiresAt) {

    static AnnouncementDetails of(Announcement announcement) {
        return new AnnouncementDetails(
                announcement.type(),
                announcement.impact(),
                announcement.ciIds(),
                announcement.startsAt(),
                announcement.estimatedEndAt(),
                announcement.contact(),
                announcement.channels(),
                announcement.audience(),
                announcement.publishAt(),
                announcement.expiresAt());
    }

    /** Left out, no items and the portal only; each item and channel once, in the order given. */
    public AnnouncementDetails {
        ciIds = ciIds == null ? List.of() : ciIds.stream().distinct().toList();
        channels = channels == null
                ? List.of(AnnouncementChannel.PORTAL)
                : channels.stream().distinct().toList();
    }
}
