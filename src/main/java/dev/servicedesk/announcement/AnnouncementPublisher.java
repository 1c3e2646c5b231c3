package dev.servicedesk.announcement;

import dev.servicedesk.announcement.dto.AnnouncementUpdateText;
import dev.servicedesk.common.Ids;
import dev.servicedesk.event.DomainEvents;
import dev.servicedesk.event.EventType;
import dev.servicedesk.event.NewEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What publishing and the event's progress write, whoever moves them (a person or the scheduler):
 * the audience an AFFECTED_USERS announcement goes to, the entries of the update log, and the
 * events that tell integrations. The announcement is locked by the caller.
 */
@ApplicationScoped
class AnnouncementPublisher {
    private final AnnouncementUpdateRepository updates;
    private final AffectedItems affectedItems;
    private final AnnouncementReaders readers;
    private final DomainEvents events;

    AnnouncementPublisher(
            AnnouncementUpdateRepository updates,
            AffectedItems affectedItems,
            AnnouncementReaders readers,
            DomainEvents events) {
        this.updates = updates;
        this.affectedItems = affectedItems;
        this.readers = readers;
        this.events = events;
    }

    /** Published at {@code now} by {@code actorId} (null: by the scheduler); its log starts with the phase its event is in. */
    Uni<Void> publish(Announcement announcement, UUID actorId, Instant now) {
        announcement.publish(now);
        Uni<Void> audience = announcement.audience().kind() == AudienceKind.AFFECTED_USERS
                ? affectedItems
                        .people(announcement.ciIds())
                        .chain(people -> readers.publishedTo(announcement.id(), people))
                : Uni.createFrom().voidItem();
        return audience.chain(() -> entry(announcement, announcement.event().phase(), null, now, List.of()))
                .chain(first -> events.record(new NewEvent(
                        EventType.ANNOUNCEMENT_PUBLISHED,
                        announcement.id(),
                        actorId,
                        now,
                        AnnouncementEventData.of(announcement, first))));
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
        return log(announcement, to, null, at, List.of(), to == AnnouncementPhase.COMPLETED)
                .replaceWithVoid();
    }

    /** A published announcement revised (its dates, contact, channels or translations): told as an update without a log entry. */
    Uni<Void> revised(Announcement announcement, UUID actorId, Instant at) {
        return announcement.status() != AnnouncementStatus.PUBLISHED
                ? Uni.createFrom().voidItem()
                : events.record(new NewEvent(
                        EventType.ANNOUNCEMENT_UPDATED,
                        announcement.id(),
                        actorId,
                        at,
                        AnnouncementEventData.of(announcement, null)));
    }

    /**
     * The next entry of its log, written once the announcement has been changed to match: told as
     * an update, and as the end of the event when it {@code ends} it.
     */
    Uni<AnnouncementUpdate> log(
            Announcement announcement,
            AnnouncementPhase phase,
            UUID authorId,
            Instant at,
            List<AnnouncementUpdateText> texts,
            boolean ends) {
        return entry(announcement, phase, authorId, at, texts).call(update -> {
            List<NewEvent> told = new ArrayList<>();
            AnnouncementEventData data = AnnouncementEventData.of(announcement, update);
            told.add(new NewEvent(EventType.ANNOUNCEMENT_UPDATED, announcement.id(), authorId, at, data));
            if (ends) {
                told.add(new NewEvent(EventType.ANNOUNCEMENT_RESOLVED, announcement.id(), authorId, at, data));
            }
            return events.record(told);
        });
    }

    private Uni<AnnouncementUpdate> entry(
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
