package dev.servicedesk.kb.walk;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Ends walks left without an answer too long, on every replica; the database keeps each ended once. */
@ApplicationScoped
class IdleWalkSweeper {
    static final int BATCH = 500;

    private final TreeWalks walks;

    IdleWalkSweeper(TreeWalks walks) {
        this.walks = walks;
    }

    @Scheduled(
            every = "${servicedesk.kb.walks.sweep-every:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> endIdle() {
        return walks.endIdle(BATCH)
                .invoke(ended -> {
                    if (ended > 0) {
                        Log.infof("Ended %d walks left without an answer", ended);
                    }
                })
                .replaceWithVoid();
    }
}
