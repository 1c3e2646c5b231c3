package dev.servicedesk.common;

import java.time.Instant;

/** Instants the API accepts: years 1 to 9999, what ISO-8601 writes without a sign. */
public final class Instants {
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private Instants() {}

    public static boolean isInRange(Instant instant) {
        return !instant.isBefore(FIRST) && !instant.isAfter(LAST);
    }
}
