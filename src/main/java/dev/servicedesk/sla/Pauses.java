package dev.servicedesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The stretches a clock stood paused, each with the business time it covered and whether it moved
 * the due time (a pause after the clock fell due does not).
 */
public record Pauses(List<Period> periods) {
    static final Pauses NONE = new Pauses(List.of());

    public record Period(Instant from, Instant to, long businessSeconds, boolean movedDue) {}

    Pauses with(Period period) {
        List<Period> more = new ArrayList<>(periods);
        more.add(period);
        return new Pauses(List.copyOf(more));
    }

    long totalSeconds() {
        return periods.stream().mapToLong(Period::businessSeconds).sum();
    }

    /** The business time the due time has been moved by: what counts after the target. */
    Duration movingDue() {
        return Duration.ofSeconds(periods.stream()
                .filter(Period::movedDue)
                .mapToLong(Period::businessSeconds)
                .sum());
    }
}
