package dev.servicedesk.notification;

import dev.servicedesk.common.ChangeNotifications;
import dev.servicedesk.common.CoalescedRuns;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Sends notifications on every replica: as soon as they are fanned out (the placing transaction's
 * notification wakes it), and on a schedule for retries that come due.
 */
@ApplicationScoped
class NotificationJob {
    private final Notifications notifications;
    private final ChangeNotifications changes;
    private final NotificationSettings settings;
    private final CoalescedRuns runs;

    NotificationJob(
            Notifications notifications, ChangeNotifications changes, NotificationSettings settings, Vertx vertx) {
        this.notifications = notifications;
        this.changes = changes;
        this.settings = settings;
        this.runs = new CoalescedRuns("Sending notifications", vertx, this::sendAll);
    }

    void listen(@Observes StartupEvent started) {
        changes.onChange(NotificationFanOut.NOTIFICATIONS_DUE, runs::wake);
    }

    @Scheduled(
            every = "${servicedesk.notifications.send-every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        runs.wake();
    }

    /** Everything due now, batch after batch. */
    Uni<Void> sendAll() {
        return notifications
                .sendDue()
                .chain(taken -> taken < settings.batch() ? Uni.createFrom().voidItem() : sendAll());
    }
}
