package dev.servicedesk.announcement;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the announcements' schedule on every replica, a batch per transaction until nothing is due. */
@ApplicationScoped
class AnnouncementScheduleJob {
    static final int BATCH = 100;

    private final AnnouncementSchedule schedule;

    AnnouncementScheduleJob(AnnouncementSchedule schedule) {
        this.schedule = schedule;
    }

    @Scheduled(
            every = "${servicedesk.announcements.check-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> runDue() {
        return schedule.run(BATCH).chain(done -> done < BATCH ? Uni.createFrom().voidItem() : runDue());
    }
}
