package dev.servicedesk.ticket;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * After a ticket's priority, category or queue changed: its SLA clocks re-targeted, and every
 * due time that moved written to its timeline.
 */
@ApplicationScoped
class Reclassification {
    private final SlaClockKeeper clocks;
    private final TimelineRepository timeline;

    Reclassification(SlaClockKeeper clocks, TimelineRepository timeline) {
        this.clocks = clocks;
        this.timeline = timeline;
    }

    Uni<Void> retarget(Ticket ticket, Instant at) {
        return clocks.reclassified(ticket, at)
                .chain(changes -> changes.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : timeline.append(TimelineEntry.slaRetargeted(ticket.id(), changes, at)));
    }
}
