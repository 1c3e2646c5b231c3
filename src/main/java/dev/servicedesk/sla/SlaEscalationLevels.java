package dev.servicedesk.sla;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What is done when clocks reach their policy's escalation levels: the escalations carry it out,
 * in the breach checker's transaction, once for each level the checker newly recorded.
 */
public interface SlaEscalationLevels {

    /** One level one clock reached: on which ticket, which event recorded it, what the level does. */
    record Reached(
            UUID ticketId,
            UUID clockId,
            UUID slaEventId,
            SlaTargetKind target,
            int percent,
            int level,
            EscalationLevel actions,
            Instant occurredAt) {

        /** At or past the breach rather than before it. */
        public boolean pastBreach() {
            return percent >= 100;
        }
    }

    Uni<Void> reached(List<Reached> reached, Instant at);
}
