package dev.servicedesk.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * The one source of "now", ticking in whole microseconds: PostgreSQL keeps timestamps to the
 * microsecond, so an instant the service compares, returns or puts in an ETag is the one it reads
 * back. Tests replace it with a clock they control, ticking the same way.
 */
@ApplicationScoped
public class ClockProducer {
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.of(1, ChronoUnit.MICROS));
    }
}
