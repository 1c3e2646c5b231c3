package dev.servicedesk.sla;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the breach checker on every replica, draining what has come due a batch at a time. */
@ApplicationScoped
class SlaCheckJob {
    private final SlaChecker checker;

    SlaCheckJob(SlaChecker checker) {
        this.checker = checker;
    }

    @Scheduled(every = "${servicedesk.sla.check-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> checkDue() {
        long started = System.nanoTime();
        return drain(new SlaChecker.Run(0, 0))
                .invoke(run -> {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    if (run.events() > 0) {
                        Log.infof(
                                "SLA check: %d clocks, %d warnings and breaches recorded in %d ms",
                                run.clocks(), run.events(), millis);
                    } else {
                        Log.debugf("SLA check: nothing due (%d ms)", millis);
                    }
                })
                .replaceWithVoid();
    }

    /** Each batch in its own transaction, until one comes back short. */
    private Uni<SlaChecker.Run> drain(SlaChecker.Run sofar) {
        return checker.check(SlaChecker.BATCH)
                .chain(batch -> batch.clocks() < SlaChecker.BATCH
                        ? Uni.createFrom().item(sofar.plus(batch))
                        : drain(sofar.plus(batch)));
    }
}
