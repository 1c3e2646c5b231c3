package dev.servicedesk.announcement;

import dev.servicedesk.announcement.dto.AnnouncementUpdateText;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The payload of an announcement's events: the announcement as it now stands and the log entry that
 * told of it (none when a published announcement was revised rather than updated).
 */
record AnnouncementEventData(Summary announcement, Update update) {

    /** The contract's EventAnnouncement. */
    record Summary(
            UUID id,
            String key,
            AnnouncementType type,
            AnnouncementImpact impact,
            AnnouncementStatus status,
            AnnouncementPhase phase,
            AudienceKind audience,
            List<UUID> ciIds,
            Instant startsAt,
            Instant estimatedEndAt,
            Instant actualEndAt) {}

    /** The contract's EventAnnouncementUpdate. */
    record Update(
            int sequence,
            AnnouncementPhase phase,
            UUID authorId,
            Instant postedAt,
            List<AnnouncementUpdateText> texts) {}

    static AnnouncementEventData of(Announcement announcement, AnnouncementUpdate update) {
        return new AnnouncementEventData(
                new Summary(
                        announcement.id(),
                        announcement.key(),
                        announcement.type(),
                        announcement.impact(),
                        announcement.status(),
                        announcement.event().phase(),
                        announcement.audience().kind(),
                        announcement.ciIds(),
                        announcement.startsAt(),
                        announcement.estimatedEndAt(),
                        announcement.event().actualEndAt()),
                update == null
                        ? null
                        : new Update(
                                update.sequence(),
                                update.phase(),
                                update.authorId(),
                                update.postedAt(),
                                update.texts()));
    }
}
