package dev.servicedesk.ticket;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Closes resolved tickets nobody answered, on every replica; the database keeps it exactly once. */
@ApplicationScoped
class ResolvedTicketCloser {
    static final int BATCH = 500;

    private final TicketTransitions transitions;

    ResolvedTicketCloser(TicketTransitions transitions) {
        this.transitions = transitions;
    }

    @Scheduled(
            every = "${servicedesk.tickets.auto-close-every:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> closeExpired() {
        return transitions
                .closeExpiredResolutions(BATCH)
                .invoke(closed -> {
                    if (closed > 0) {
                        Log.infof("Closed %d resolved tickets automatically", closed);
                    }
                })
                .replaceWithVoid();
    }
}
