package dev.servicedesk.sla;

import dev.servicedesk.ticket.PendingReason;
import dev.servicedesk.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the policy said, when the clock started, about pausing it, first responses, warnings and
 * escalation levels.
 */
public record ClockRules(
        List<SlaPause> pauseWhen,
        Set<FirstResponseEvent> firstResponseMetBy,
        List<Integer> warningThresholds,
        List<EscalationLevel> escalationLevels) {

    private static final int BREACH = 100;

    public ClockRules {
        escalationLevels = escalationLevels == null ? List.of() : escalationLevels; // clocks started before levels
    }

    static ClockRules of(PolicyTerms terms) {
        return new ClockRules(
                terms.pauseWhen(), terms.firstResponseMetBy(), terms.warningThresholds(), terms.escalationLevels());
    }

    /**
     * The next percentage above {@code fired} at which a {@code target} clock means something: a
     * warning, the breach (100) or an escalation level (which may lie past the breach); null when
     * nothing is left.
     */
    Integer thresholdAfter(int fired, SlaTargetKind target) {
        return Stream.of(
                        warningThresholds.stream(),
                        Stream.of(BREACH),
                        levelsOf(target).map(EscalationLevel::atPercent))
                .flatMap(percents -> percents)
                .filter(percent -> percent > fired)
                .min(Integer::compare)
                .orElse(null);
    }

    /** What a {@code target} clock reaching {@code percent} records: warning, breach, escalation level. */
    List<Reached> reachedAt(int percent, SlaTargetKind target) {
        List<Reached> reached = new ArrayList<>();
        if (warningThresholds.contains(percent)) {
            reached.add(new Reached(SlaEventKind.WARNING, null, null));
        }
        if (percent == BREACH) {
            reached.add(new Reached(SlaEventKind.BREACH, null, null));
        }
        List<EscalationLevel> levels = levelsOf(target)
                .sorted(Comparator.comparing(EscalationLevel::atPercent))
                .toList();
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).atPercent() == percent) {
                reached.add(new Reached(SlaEventKind.ESCALATION, i + 1, levels.get(i)));
            }
        }
        return reached;
    }

    /**
     * One thing a threshold means; for an escalation, which of the target's levels it is (from 1,
     * by percentage) and what that level does.
     */
    record Reached(SlaEventKind kind, Integer level, EscalationLevel escalation) {}

    private Stream<EscalationLevel> levelsOf(SlaTargetKind target) {
        return escalationLevels.stream().filter(level -> level.target() == target);
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
