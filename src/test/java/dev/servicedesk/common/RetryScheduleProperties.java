package dev.servicedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class RetryScheduleProperties {
    private static final RetrySchedule SCHEDULE =
            new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(6), Duration.ofDays(3));
    private static final Instant SINCE = Instant.parse("2026-12-01T00:00:00Z");

    @Property
    void shouldWaitBetweenHalfAndAllOfADoublingCappedInterval(
            @ForAll @IntRange(min = 1, max = 60) int attempts,
            @ForAll @IntRange(min = 0, max = 3600) int secondsIn,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double random) {
        Instant now = SINCE.plusSeconds(secondsIn);
        Duration ceiling = Duration.ofSeconds(30).multipliedBy(1L << Math.min(attempts - 1, 20));
        if (ceiling.compareTo(Duration.ofHours(6)) > 0) {
            ceiling = Duration.ofHours(6);
        }
        Instant next = SCHEDULE.next(attempts, SINCE, now, random).orElseThrow();
        Duration wait = Duration.between(now, next);
        assertThat(wait).isBetween(ceiling.dividedBy(2), ceiling);
    }

    @Property
    void shouldGiveUpOnlyOnceThreeDaysHavePassed(
            @ForAll @IntRange(min = 1, max = 60) int attempts,
            @ForAll @IntRange(min = 0, max = 4 * 24 * 60) int minutesIn,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double random) {
        Instant now = SINCE.plus(Duration.ofMinutes(minutesIn));
        Optional<Instant> next = SCHEDULE.next(attempts, SINCE, now, random);
        next.ifPresent(at -> assertThat(at).isBeforeOrEqualTo(SINCE.plus(Duration.ofDays(3))));
        if (now.isAfter(SINCE.plus(Duration.ofDays(3)))) {
            assertThat(next).isEmpty();
        }
    }
}
