package dev.servicedesk.announcement;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

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

    /**
     * Advances up to {@code most} due announcements, each in a transaction of its own with its
     * row locked so that no other replica takes it: one that fails is logged and left for the
     * next run while the others go on. Answers how many it advanced.
     */
    public Uni<Integer> run(int most) {
        return advanceNext(most, 0, new HashSet<>());
    }

    private Uni<Integer> advanceNext(int most, int done, Set<UUID> failed) {
        if (done >= most) {
            return Uni.createFrom().item(done);
        }
        Instant now = clock.instant();
        UUID[] claimed = new UUID[1];
        return Panache.withTransaction(() -> announcements
                        .claimDue(now, now.minus(settings.archiveAfterEnd()), failed)
                        .chain(due -> {
                            if (due == null) {
                                return Uni.createFrom().item(false);
                            }
                            claimed[0] = due.id();
                            return advance(due, now).call(announcements::flush).replaceWith(true);
                        }))
                .onFailure()
                .recoverWithItem(failure -> {
                    if (claimed[0] == null) {
                        throw new IllegalStateException("Could not look for due announcements", failure);
                    }
                    Log.errorf(
                            failure, "Announcement %s could not be advanced; it is tried again next run", claimed[0]);
                    failed.add(claimed[0]);
                    return true;
                })
                .chain(advanced -> advanced
                        ? advanceNext(most, failed.contains(claimed[0]) ? done : done + 1, failed)
                        : Uni.createFrom().item(done));
    }

    private Uni<Void> advance(Announcement announcement, Instant now) {
        Uni<Void> published = announcement.status() == AnnouncementStatus.SCHEDULED
                ? publisher.publish(announcement, null, now)
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
