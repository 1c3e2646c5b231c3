package dev.servicedesk.common;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class IdempotencyPurgeJob {
    private final IdempotentCreates idempotentCreates;

    IdempotencyPurgeJob(IdempotentCreates idempotentCreates) {
        this.idempotentCreates = idempotentCreates;
    }

    @Scheduled(
            every = "${servicedesk.idempotency.purge-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return idempotentCreates.purgeExpired().replaceWithVoid();
    }
}
