package dev.servicedesk.common;

import io.quarkus.logging.Log;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs reactive work whenever it is woken, one run at a time on this replica: wakes that come
 * while a run is going make one more run after it, so a burst of wakes costs a few runs, not one
 * each. Each run has a Vert.x context of its own, its session apart from whatever woke it.
 */
public final class CoalescedRuns {
    private final String name;
    private final Vertx vertx;
    private final Supplier<Uni<Void>> work;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    public CoalescedRuns(String name, Vertx vertx, Supplier<Uni<Void>> work) {
        this.name = name;
        this.vertx = vertx;
        this.work = work;
    }

    public void wake() {
        wanted.set(true);
        if (running.compareAndSet(false, true)) {
            wanted.set(false);
            Context own = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(own, true);
            own.runOnContext(ignored -> Uni.createFrom()
                    .deferred(() -> work.get())
                    .subscribe()
                    .with(done -> finished(), failure -> {
                        Log.warnf("%s failed (%s); trying again on the next wake", name, failure.getMessage());
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
}
