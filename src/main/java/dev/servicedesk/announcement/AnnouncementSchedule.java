package dev.servicedesk.announcement;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * What happens to announcements at set times, exactly once however many replicas run it: a
 * SCHEDULED one is published at its {@code publishAt}; planned work goes IN_PROGRESS at its start
 * and COMPLETED at its estimated end (unless someone moved it first); a published one is archived
 * when it expires, or a while after its event ended.
 */
@ApplicationScoped
public class AnnouncementSchedule {
    private final AnnouncementRepository announcements;
    private final AnnouncementPublisher publisher;
    private final AnnouncementSettings settings;
    private final Clock clock;

    AnnouncementSchedule(
            AnnouncementRepository announcements,
            AnnouncementPublisher publisher,
            AnnouncementSettings settings,
            Clock clock) {
        this.announcements = announcements;
        this.publisher = publisher;
        this.settings = settings;
        this.clock = clock;
    }

    /** One batch in one transaction, the rows locked so no other replica takes them; answers how many it took. */
    @WithTransaction
    public Uni<Integer> run(int batch) {
        Instant now = clock.instant();
        return announcements
                .claimDue(now, now.minus(settings.archiveAfterEnd()), batch)
                .chain(due -> {
                    Uni<Void> done = Uni.createFrom().voidItem();
                    for (Announcement announcement : due) {
                        // One after another: a reactive session runs one operation at a time.
                        done = done.chain(() -> advance(announcement, now));
                    }
                    return done.call(announcements::flush).replaceWith(due.size());
                });
    }

    private Uni<Void> advance(Announcement announcement, Instant now) {
        Uni<Void> published = announcement.status() == AnnouncementStatus.SCHEDULED
                ? publisher.publish(announcement, now)
                : Uni.createFrom().voidItem();
        return published
                .chain(() -> startIfDue(announcement, now))
                .chain(() -> completeIfDue(announcement, now))
                .invoke(() -> archiveIfDue(announcement, now));
    }

    private Uni<Void> startIfDue(Announcement announcement, Instant now) {
        if (announcement.event().phase() == AnnouncementPhase.SCHEDULED
                && !announcement.startsAt().isAfter(now)) {
            return publisher.moveAsPlanned(announcement, AnnouncementPhase.IN_PROGRESS, announcement.startsAt(), now);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> completeIfDue(Announcement announcement, Instant now) {
        if (announcement.event().phase() == AnnouncementPhase.IN_PROGRESS
                && !announcement.estimatedEndAt().isAfter(now)) {
            return publisher.moveAsPlanned(
                    announcement, AnnouncementPhase.COMPLETED, announcement.estimatedEndAt(), now);
        }
        return Uni.createFrom().voidItem();
    }

    private void archiveIfDue(Announcement announcement, Instant now) {
        boolean expired =
                announcement.expiresAt() != null && !announcement.expiresAt().isAfter(now);
        boolean longOver = announcement.event().actualEndAt() != null
                && !announcement
                        .event()
                        .actualEndAt()
                        .plus(settings.archiveAfterEnd())
                        .isAfter(now);
        if (expired || longOver) {
            announcement.archive(now);
        }
    }
}
