package dev.servicedesk.sla;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The escalation levels the breach checker recorded (ESCALATION events, with what each level
 * does), for the escalations to carry out one at a time, each in the caller's transaction and
 * marked handled there: so each happens exactly once, and a ticket busy elsewhere holds up only
 * its own level, never the checker.
 */
@ApplicationScoped
public class ReachedEscalationLevels {
    private final SlaEventRepository events;

    ReachedEscalationLevels(SlaEventRepository events) {
        this.events = events;
    }

    /** The oldest level reached and not carried out yet, locked for the caller's transaction; null when none waits. */
    public Uni<SlaEvent> claimNext() {
        return events.claimUnhandledEscalation();
    }

    public void handled(SlaEvent level, Instant at) {
        level.handled(at);
    }
}
