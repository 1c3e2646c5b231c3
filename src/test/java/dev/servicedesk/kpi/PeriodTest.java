package dev.servicedesk.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PeriodTest {
    private static final List<String> ZONES = List.of(
            "UTC", "Europe/Berlin", "America/Santiago", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Apia");

    @Test
    void shouldStartADayWhereAClockChangeSkipsMidnight() {
        // Chile moved its clocks from 00:00 to 01:00 on 8 September 2024: that day starts at 01:00 (-04:00),
        // the next at midnight (-03:00).
        ZoneId santiago = ZoneId.of("America/Santiago");
        Period period = Period.of(
                Instant.parse("2024-09-07T12:00:00Z"), Instant.parse("2024-09-09T12:00:00Z"), santiago, Interval.DAY);
        assertThat(period.boundaries())
                .containsExactly(Instant.parse("2024-09-08T04:00:00Z"), Instant.parse("2024-09-09T03:00:00Z"));
    }

    @Test
    void shouldSplitIntoMondaysAndFirstDaysOfTheMonth() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant from = Instant.parse("2026-03-01T00:00:00Z");
        Instant to = Instant.parse("2026-05-01T00:00:00Z");
        assertThat(Period.of(from, to, berlin, Interval.MONTH).boundaries())
                .containsExactly(Instant.parse("2026-03-31T22:00:00Z"), Instant.parse("2026-04-30T22:00:00Z"));
        assertThat(Period.of(from, to, berlin, Interval.WEEK).boundaries())
                .hasSize(9)
                .allSatisfy(boundary -> {
                    ZonedDateTime local = boundary.atZone(berlin);
                    assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                    assertThat(local.toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
                });
        assertThat(Period.of(from, to, berlin, null).intervals()).isOne();
    }

    @Test
    void shouldRefuseMoreThanFourHundredIntervals() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        ZoneId utc = ZoneId.of("UTC");
        assertThat(Period.of(from, from.plusSeconds(400L * 86400), utc, Interval.DAY)
                        .intervals())
                .isEqualTo(400);
        assertThat(Period.of(from, from.plusSeconds(400L * 86400 + 1), utc, Interval.DAY))
                .isNull();
    }

    @Property
    void shouldCutThePeriodIntoOrderedIntervalsThatStartAtTheSameLocalTime(
            @ForAll("instants") Instant from, @ForAll("hours") long hours, @ForAll("zones") String zone) {
        Instant to = from.plusSeconds(hours * 3600);
        ZoneId id = ZoneId.of(zone);
        for (Interval interval : Interval.values()) {
            Period period = Period.of(from, to, id, interval);
            List<Instant> edges = new ArrayList<>();
            for (int i = 0; i < period.intervals(); i++) {
                edges.add(period.intervalStart(i));
                assertThat(period.intervalStart(i)).isBefore(period.intervalEnd(i));
            }
            assertThat(edges.get(0)).isEqualTo(from);
            assertThat(period.intervalEnd(period.intervals() - 1)).isEqualTo(to);
            for (Instant boundary : period.boundaries()) {
                ZonedDateTime local = boundary.atZone(id);
                assertThat(interval.startOf(local.toLocalDate())).isEqualTo(local.toLocalDate());
                assertThat(local).isEqualTo(local.toLocalDate().atStartOfDay(id));
            }
        }
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs()
                .between(
                        Instant.parse("2020-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2030-01-01T00:00:00Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<Long> hours() {
        return Arbitraries.longs().between(1, 24 * 390);
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of(ZONES);
    }
}
