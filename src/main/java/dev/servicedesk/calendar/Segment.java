package dev.servicedesk.calendar;

import java.time.Duration;
import java.time.Instant;

/** A stretch of time, from inclusive to exclusive. */
public record Segment(Instant from, Instant to) {

    public Duration length() {
        return Duration.between(from, to);
    }
}
