package dev.servicedesk.sla;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the breach checker on every replica: a few workers drain what has come due, a batch per
 * transaction each, side by side (the claim skips what another holds), so one worker's database
 * round trips overlap another's work in the service.
 */
@ApplicationScoped
class SlaCheckJob {
    private final SlaChecker checker;
    private final int workers;
    private final int batch;

    SlaCheckJob(
            SlaChecker checker,
            @ConfigProperty(name = "servicedesk.sla.check-workers", defaultValue = "2") int workers,
            @ConfigProperty(name = "servicedesk.sla.check-batch", defaultValue = "1000") int batch) {
        this.checker = checker;
        this.workers = workers;
        this.batch = batch;
    }

    @Scheduled(every = "${servicedesk.sla.check-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> checkDue() {
        long started = System.nanoTime();
        Context context = Vertx.currentContext();
        List<Uni<SlaChecker.Run>> drains = IntStream.range(0, workers)
                .mapToObj(worker -> onContextOfItsOwn(context))
                .toList();
        return Uni.join()
                .all(drains)
                .andFailFast()
                .invoke(runs -> {
                    SlaChecker.Run run = runs.stream().reduce(new SlaChecker.Run(0, 0), SlaChecker.Run::plus);
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    if (run.events() > 0) {
                        Log.infof(
                                "SLA check: %d clocks, %d events recorded in %d ms",
                                run.clocks(), run.events(), millis);
                    } else {
                        Log.debugf("SLA check: nothing due (%d ms)", millis);
                    }
                })
                .replaceWithVoid();
    }

    /**
     * A worker's transactions keep their session in its Vert.x context, so each has a context of
     * its own, flagged as safe for them (Panache refuses a context nobody vouched for). It has no
     * CDI request context (none is propagated): nothing a check reaches may be request scoped.
     */
    private Uni<SlaChecker.Run> onContextOfItsOwn(Context parent) {
        Context own = VertxContext.createNewDuplicatedContext(parent);
        VertxContextSafetyToggle.setContextSafe(own, true);
        return Uni.createFrom()
                .deferred(() -> drain(new SlaChecker.Run(0, 0)))
                .runSubscriptionOn(command -> own.runOnContext(ignored -> command.run()));
    }

    /** Each batch in its own transaction, until one comes back short. */
    private Uni<SlaChecker.Run> drain(SlaChecker.Run sofar) {
        return checker.check(batch)
                .chain(checked -> checked.clocks() < batch
                        ? Uni.createFrom().item(sofar.plus(checked))
                        : drain(sofar.plus(checked)));
    }
}
