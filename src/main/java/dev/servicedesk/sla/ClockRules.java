package dev.servicedesk.sla;

import dev.servicedesk.ticket.PendingReason;
import dev.servicedesk.ticket.TicketStatus;
import java.util.List;
import java.util.Set;

/** What the policy said, when the clock started, about pausing it, first responses and warnings. */
public record ClockRules(
        List<SlaPause> pauseWhen, Set<FirstResponseEvent> firstResponseMetBy, List<Integer> warningThresholds) {

    static ClockRules of(PolicyTerms terms) {
        return new ClockRules(terms.pauseWhen(), terms.firstResponseMetBy(), terms.warningThresholds());
    }

    /** The first warning percentage above {@code fired}, or 100 (the breach); null after the breach. */
    Integer thresholdAfter(int fired) {
        return warningThresholds.stream()
                .filter(percent -> percent > fired)
                .min(Integer::compare)
                .orElse(fired < 100 ? 100 : null);
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
