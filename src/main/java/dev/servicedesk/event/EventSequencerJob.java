package dev.servicedesk.event;

import dev.servicedesk.common.ChangeNotifications;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Places events soon after they commit: woken on every replica by the writing transaction's
 * notification, and on a schedule in case a notification was missed. Wakes that come while a run
 * is going make one more run after it, so a burst of commits costs a few runs, not one each.
 */
@ApplicationScoped
class EventSequencerJob {
    static final int BATCH = 1000;

    private final EventSequencer sequencer;
    private final ChangeNotifications notifications;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    EventSequencerJob(EventSequencer sequencer, ChangeNotifications notifications, Vertx vertx) {
        this.sequencer = sequencer;
        this.notifications = notifications;
        this.vertx = vertx;
    }

    void listen(@Observes StartupEvent started) {
        notifications.onChange(DomainEvents.RECORDED, this::wake);
    }

    @Scheduled(every = "${servicedesk.events.place-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        wake();
    }

    /** Runs now on a context of its own, its session apart from whatever woke it (a request's, say). */
    private void wake() {
        wanted.set(true);
        if (running.compareAndSet(false, true)) {
            Context own = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(own, true);
            own.runOnContext(ignored -> Uni.createFrom()
                    .deferred(this::placeAll)
                    .subscribe()
                    .with(placed -> finished(), failure -> {
                        Log.warnf("Placing events failed (%s); retrying on the next wake", failure.getMessage());
                        finished();
                    }));
        }
    }

    private void finished() {
        running.set(false);
        if (wanted.get()) {
            wake();
        }
    }

    private Uni<Void> placeAll() {
        wanted.set(false);
        return sequencer
                .place(BATCH)
                .chain(placed -> placed < BATCH ? Uni.createFrom().voidItem() : placeAll());
    }
}
