package dev.servicedesk.common;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery (a webhook's, an e-mail's) is tried again: the wait doubles from {@code first} up to {@code longest},
 * each wait between half and all of that (jitter, so endpoints that failed together are not all
 * tried again together), until {@code giveUpAfter} has passed since retrying began. Pure.
 */
public record RetrySchedule(Duration first, Duration longest, Duration giveUpAfter) {

    /**
     * After {@code attemptsMade} failed attempts, the last at {@code now}, retrying since {@code since}:
     * when to try next, or empty to give up; {@code random} is uniform in [0, 1).
     */
    public Optional<Instant> next(int attemptsMade, Instant since, Instant now, double random) {
        Duration ceiling = longest;
        int doublings = Math.max(0, attemptsMade - 1);
        if (doublings < 40) {
            Duration doubled = first.multipliedBy(1L << doublings);
            if (doubled.compareTo(longest) < 0) {
                ceiling = doubled;
            }
        }
        long millis = ceiling.toMillis();
        Instant next = now.plusMillis(millis / 2 + (long) (random * (millis - millis / 2)));
        return next.isAfter(since.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
