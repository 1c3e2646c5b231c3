package dev.servicedesk.announcement;

import dev.servicedesk.announcement.dto.AnnouncementUpdateText;
import dev.servicedesk.common.Ids;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What publishing and the event's progress write, whoever moves them (a person or the scheduler):
 * the audience an AFFECTED_USERS announcement goes to, and the entries of the update log. The
 * announcement is locked by the caller.
 */
@ApplicationScoped
class AnnouncementPublisher {
    private final AnnouncementUpdateRepository updates;
    private final AffectedItems affectedItems;
    private final AnnouncementReaders readers;

    AnnouncementPublisher(
            AnnouncementUpdateRepository updates, AffectedItems affectedItems, AnnouncementReaders readers) {
        this.updates = updates;
        this.affectedItems = affectedItems;
        this.readers = readers;
    }

    /** Published at {@code now}; its log starts with the phase its event is in. */
    Uni<Void> publish(Announcement announcement, Instant now) {
        announcement.publish(now);
        Uni<Void> audience = announcement.audience().kind() == AudienceKind.AFFECTED_USERS
                ? affectedItems
                        .people(announcement.ciIds())
                        .chain(people -> readers.publishedTo(announcement.id(), people))
                : Uni.createFrom().voidItem();
        return audience.chain(() -> log(announcement, announcement.event().phase(), null, now, List.of()))
                .replaceWithVoid();
    }

    /**
     * Planned work moved by the scheduler to {@code to} at the instant planned for it (not before
     * the last entry of its log); on COMPLETED the event ended at the planned instant.
     */
    Uni<Void> moveAsPlanned(Announcement announcement, AnnouncementPhase to, Instant planned, Instant now) {
        Instant at = planned.isBefore(announcement.event().lastUpdateAt())
                ? announcement.event().lastUpdateAt()
                : planned;
        announcement.updated(to, null, at, now);
        if (to == AnnouncementPhase.COMPLETED) {
            announcement.ended(planned, AnnouncementResolution.ended(null, null, null));
        }
        return log(announcement, to, null, at, List.of()).replaceWithVoid();
    }

    /** The next entry of its log. */
    Uni<AnnouncementUpdate> log(
            Announcement announcement,
            AnnouncementPhase phase,
            UUID authorId,
            Instant at,
            List<AnnouncementUpdateText> texts) {
        return updates.nextSequence(announcement.id())
                .chain(sequence -> updates.persistAndFlush(
                        AnnouncementUpdate.of(Ids.newId(), announcement.id(), sequence, phase, authorId, at, texts)));
    }
}
