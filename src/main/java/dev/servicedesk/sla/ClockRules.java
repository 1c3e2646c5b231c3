package dev.servicedesk.sla;

import dev.servicedesk.ticket.PendingReason;
import dev.servicedesk.ticket.TicketStatus;
import java.util.List;
import java.util.Set;

/** What the policy said, when the clock started, about pausing it and about first responses. */
public record ClockRules(List<SlaPause> pauseWhen, Set<FirstResponseEvent> firstResponseMetBy) {

    static ClockRules of(PolicyTerms terms) {
        return new ClockRules(terms.pauseWhen(), terms.firstResponseMetBy());
    }

    /** Whether a ticket in this status (and pending reason) stops the clock. */
    boolean pausesIn(TicketStatus status, PendingReason reason) {
        return pauseWhen.stream()
                .anyMatch(pause ->
                        pause.status() == status && (pause.pendingReason() == null || pause.pendingReason() == reason));
    }

    boolean metBy(FirstResponseEvent event) {
        return firstResponseMetBy.contains(event);
    }
}
