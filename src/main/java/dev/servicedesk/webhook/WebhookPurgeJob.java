package dev.servicedesk.webhook;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Keeps the delivery log to its period (30 days by default), a batch per transaction, on any replica. */
@ApplicationScoped
class WebhookPurgeJob {
    static final int BATCH = 1000;

    private final DeliveryRepository deliveries;
    private final WebhookSettings settings;
    private final Clock clock;

    WebhookPurgeJob(DeliveryRepository deliveries, WebhookSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return Panache.withTransaction(
                        () -> deliveries.purgeBefore(clock.instant().minus(settings.keepDeliveriesFor()), BATCH))
                .chain(purged -> purged < BATCH ? Uni.createFrom().voidItem() : purge());
    }
}
