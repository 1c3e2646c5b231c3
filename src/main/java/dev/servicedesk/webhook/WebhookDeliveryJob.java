package dev.servicedesk.webhook;

import dev.servicedesk.common.ChangeNotifications;
import dev.servicedesk.common.CoalescedRuns;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Sends deliveries on every replica: as soon as their events are fanned out (the placing
 * transaction's notification wakes it), and on a schedule for retries that come due.
 */
@ApplicationScoped
class WebhookDeliveryJob {
    private final WebhookDeliveries deliveries;
    private final ChangeNotifications notifications;
    private final WebhookSettings settings;
    private final CoalescedRuns runs;

    WebhookDeliveryJob(
            WebhookDeliveries deliveries, ChangeNotifications notifications, WebhookSettings settings, Vertx vertx) {
        this.deliveries = deliveries;
        this.notifications = notifications;
        this.settings = settings;
        this.runs = new CoalescedRuns("Sending webhook deliveries", vertx, this::sendAll);
    }

    void listen(@Observes StartupEvent started) {
        notifications.onChange(WebhookFanOut.DELIVERIES_DUE, runs::wake);
    }

    @Scheduled(
            every = "${servicedesk.webhooks.deliver-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        runs.wake();
    }

    private Uni<Void> sendAll() {
        return deliveries
                .deliverDue()
                .chain(taken -> taken < settings.batch() ? Uni.createFrom().voidItem() : sendAll());
    }
}
