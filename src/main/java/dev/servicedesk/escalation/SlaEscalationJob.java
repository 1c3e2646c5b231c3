package dev.servicedesk.escalation;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Carries out the SLA escalation levels reached, on every replica, as often as the breach checker runs. */
@ApplicationScoped
class SlaEscalationJob {
    private final SlaEscalations escalations;

    SlaEscalationJob(SlaEscalations escalations) {
        this.escalations = escalations;
    }

    @Scheduled(every = "${servicedesk.sla.check-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> carryOutReachedLevels() {
        return escalations
                .carryOutNext()
                .chain(more -> more ? carryOutReachedLevels() : Uni.createFrom().voidItem());
    }
}
