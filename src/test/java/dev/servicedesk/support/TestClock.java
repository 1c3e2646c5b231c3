package dev.servicedesk.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Replaces the application's clock in tests: real time until a test pins or advances it, ticking in
 * whole microseconds as the application's clock does.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {
    private volatile Instant pinned;

    @Override
    public Instant instant() {
        Instant now = pinned;
        return now != null ? now : Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public void pin(Instant instant) {
        pinned = instant.truncatedTo(ChronoUnit.MICROS);
    }

    public void advance(Duration duration) {
        pinned = instant().plus(duration).truncatedTo(ChronoUnit.MICROS);
    }

    public void release() {
        pinned = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The service works in UTC");
    }
}
