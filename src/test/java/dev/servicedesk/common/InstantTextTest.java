package dev.servicedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InstantTextTest {
    private static String text(Instant instant) {
        return InstantText.of(instant);
    }

    @Test
    void shouldWriteInstantsExactlyAsInstantToStringDoes() {
        for (String edge : new String[] {
            "1970-01-01T00:00:00Z",
            "1969-12-31T23:59:59.999999999Z",
            "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999Z",
            "2024-02-29T12:00:00.100Z",
            "2026-03-01T09:30:00.000001Z",
            "2026-12-06T20:21:38.714500Z",
            "2000-01-01T00:00:00.000000100Z"
        }) {
            Instant instant = Instant.parse(edge);
            assertThat(text(instant)).as(edge).isEqualTo(instant.toString());
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            long seconds = random.nextLong(-70_000_000_000L, 260_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(text(instant)).isEqualTo(instant.toString());
        }
    }

    @Test
    void shouldWriteInstantsOutsideFourDigitYearsAsInstantToStringDoes() {
        for (Instant instant : new Instant[] {
            Instant.MIN, Instant.MAX, Instant.parse("-0001-12-31T23:59:59Z"), Instant.parse("+10000-01-01T00:00:00Z")
        }) {
            assertThat(text(instant)).isEqualTo(instant.toString());
        }
    }
}
