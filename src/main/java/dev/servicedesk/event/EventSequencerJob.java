package dev.servicedesk.event;

import dev.servicedesk.common.ChangeNotifications;
import dev.servicedesk.common.CoalescedRuns;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Places events soon after they commit: woken on every replica by the writing transaction's
 * notification, and on a schedule in case a notification was missed.
 */
@ApplicationScoped
class EventSequencerJob {
    static final int BATCH = 1000;

    private final EventSequencer sequencer;
    private final ChangeNotifications notifications;
    private final CoalescedRuns runs;

    EventSequencerJob(EventSequencer sequencer, ChangeNotifications notifications, Vertx vertx) {
        this.sequencer = sequencer;
        this.notifications = notifications;
        this.runs = new CoalescedRuns("Placing events", vertx, this::placeAll);
    }

    void listen(@Observes StartupEvent started) {
        notifications.onChange(DomainEvents.RECORDED, runs::wake);
    }

    @Scheduled(every = "${servicedesk.events.place-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        runs.wake();
    }

    private Uni<Void> placeAll() {
        return sequencer
                .place(BATCH)
                .chain(placed -> placed < BATCH ? Uni.createFrom().voidItem() : placeAll());
    }
}
