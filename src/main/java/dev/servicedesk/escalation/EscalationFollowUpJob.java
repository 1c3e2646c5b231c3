package dev.servicedesk.escalation;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Follows up unacknowledged escalations on every replica, a batch per transaction until none is left. */
@ApplicationScoped
class EscalationFollowUpJob {
    static final int BATCH = 100;

    private final EscalationFollowUps followUps;

    EscalationFollowUpJob(EscalationFollowUps followUps) {
        this.followUps = followUps;
    }

    @Scheduled(
            every = "${servicedesk.escalations.check-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> followUpOverdue() {
        return followUps
                .followUp(BATCH)
                .chain(done -> done < BATCH ? Uni.createFrom().voidItem() : followUpOverdue());
    }
}
