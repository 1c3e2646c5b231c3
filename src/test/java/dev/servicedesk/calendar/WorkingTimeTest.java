package dev.servicedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WorkingTimeTest {
    private static final List<DayOfWeek> WEEKDAYS =
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    // --- Hand-computed due times -------------------------------------------------------------

    @Test
    void shouldCarryOverAWeekendAndTheSpringDstChangeInOslo() {
        WorkingTime oslo = officeHours("Europe/Oslo", "08:00", "16:00", List.of());
        // Friday 27 March 2026 15:00 CET; the clocks go forward on Sunday 29 March.
        Due due = oslo.add(Instant.parse("2026-03-27T14:00:00Z"), Duration.ofMinutes(120));

        assertThat(due.at()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z")); // Monday 09:00 CEST
        assertThat(due.counted())
                .containsExactly(
                        segment("2026-03-27T14:00:00Z", "2026-03-27T15:00:00Z"),
                        segment("2026-03-30T06:00:00Z", "2026-03-30T07:00:00Z"));
    }

    @Test
    void shouldCountTheRealHoursOfANightShiftOverTheAutumnDstChangeInNewYork() {
        // Saturday 22:00 to Sunday 06:00; on 1 November 2026 the clocks go back at 02:00 EDT.
        WorkingTime nights = new WorkingTime(
                ZoneId.of("America/New_York"),
                false,
                Map.of(DayOfWeek.SATURDAY, List.of(interval("22:00", "06:00"))),
                List.of());
        Instant saturday22 = Instant.parse("2026-11-01T02:00:00Z"); // 22:00 EDT

        assertThat(nights.add(saturday22, Duration.ofMinutes(480)).at())
                .isEqualTo(Instant.parse("2026-11-01T10:00:00Z")); // 05:00 EST: eight real hours
        assertThat(nights.add(saturday22, Duration.ofMinutes(540)).at())
                .isEqualTo(Instant.parse("2026-11-01T11:00:00Z")); // 06:00 EST: the night holds nine
        assertThat(nights.add(saturday22, Duration.ofMinutes(541)).at())
                .isEqualTo(Instant.parse("2026-11-08T03:01:00Z")); // next Saturday 22:01 EST
    }

    @Test
    void shouldCarryOverTheAutumnDstChangeInSydney() {
        WorkingTime sydney = officeHours("Australia/Sydney", "09:00", "17:00", List.of());
        // Friday 3 April 2026 16:00 AEDT; daylight saving ends on Sunday 5 April.
        Due due = sydney.add(Instant.parse("2026-04-03T05:00:00Z"), Duration.ofMinutes(120));

        assertThat(due.at()).isEqualTo(Instant.parse("2026-04-06T00:00:00Z")); // Monday 10:00 AEST
    }

    @Test
    void shouldCountTheShortSpringDayOfA24x7CalendarInSydney() {
        WorkingTime always = new WorkingTime(ZoneId.of("Australia/Sydney"), true, Map.of(), List.of());
        Instant saturday = Instant.parse("2026-10-03T12:00:00Z"); // Saturday 22:00 AEST

        assertThat(always.add(saturday, Duration.ofHours(24)).at()).isEqualTo(Instant.parse("2026-10-04T12:00:00Z"));
        assertThat(always.between(
                        Instant.parse("2026-10-03T14:00:00Z"), // Sunday 00:00 AEST
                        Instant.parse("2026-10-04T13:00:00Z"))) // Monday 00:00 AEDT
                .isEqualTo(Duration.ofHours(23));
    }

    @Test
    void shouldSkipHolidaysAndPartialClosuresOverTheYearEnd() {
        WorkingTime oslo = officeHours(
                "Europe/Oslo",
                "08:00",
                "16:00",
                List.of(
                        new Holiday(LocalDate.parse("2026-12-24"), "Christmas Eve", "12:00", null),
                        new Holiday(LocalDate.parse("2026-12-25"), "Christmas Day", null, null),
                        new Holiday(LocalDate.parse("2026-12-31"), "New Year's Eve", "12:00", null),
                        new Holiday(LocalDate.parse("2027-01-01"), "New Year's Day", null, null)));

        // Thursday 24 December 10:00 CET: two hours until noon, then Monday 28 December.
        assertThat(oslo.add(Instant.parse("2026-12-24T09:00:00Z"), Duration.ofMinutes(240))
                        .at())
                .isEqualTo(Instant.parse("2026-12-28T09:00:00Z"));
        // Thursday 31 December 11:00 CET: one hour until noon, then Monday 4 January 2027.
        assertThat(oslo.add(Instant.parse("2026-12-31T10:00:00Z"), Duration.ofMinutes(120))
                        .at())
                .isEqualTo(Instant.parse("2027-01-04T08:00:00Z"));
    }

    @Test
    void shouldSkipALunchBreakAndStartAtTheNextOpening() {
        WorkingTime split = new WorkingTime(
                ZoneId.of("UTC"),
                false,
                Map.of(DayOfWeek.MONDAY, List.of(interval("13:00", "17:00"), interval("08:00", "12:00"))),
                List.of());

        assertThat(split.add(Instant.parse("2026-11-23T11:30:00Z"), Duration.ofMinutes(60))
                        .at())
                .isEqualTo(Instant.parse("2026-11-23T13:30:00Z"));
        assertThat(split.add(Instant.parse("2026-11-21T10:00:00Z"), Duration.ofMinutes(30))
                        .at())
                .isEqualTo(Instant.parse("2026-11-23T08:30:00Z")); // from a Saturday
        assertThat(split.add(Instant.parse("2026-11-23T12:15:00Z"), Duration.ZERO)
                        .at())
                .isEqualTo(Instant.parse("2026-11-23T12:15:00Z"));
        assertThat(split.isOpen(Instant.parse("2026-11-23T12:15:00Z"))).isFalse();
        assertThat(split.isOpen(Instant.parse("2026-11-23T13:00:00Z"))).isTrue();
    }

    @Test
    void shouldKeepHoursThatEndInTheSpringGapInOrder() {
        // On 29 March 2026 Oslo skips 02:00–03:00: an interval ending at 02:30 ends at the change.
        WorkingTime night = new WorkingTime(
                ZoneId.of("Europe/Oslo"),
                false,
                Map.of(DayOfWeek.SUNDAY, List.of(interval("00:00", "02:30"), interval("03:00", "08:00"))),
                List.of());
        Instant sundayMidnight = Instant.parse("2026-03-28T23:00:00Z");

        assertThat(night.add(sundayMidnight, Duration.ofMinutes(120)).at())
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(night.add(sundayMidnight, Duration.ofMinutes(130)).at())
                .isEqualTo(Instant.parse("2026-03-29T01:10:00Z"));
        assertThat(night.between(sundayMidnight, Instant.parse("2026-03-29T06:00:00Z")))
                .isEqualTo(Duration.ofMinutes(420));
    }

    @Test
    void shouldSayWhenAnAmountIsBeyondTheCalendar() {
        WorkingTime saturdayHour = new WorkingTime(
                ZoneId.of("UTC"), false, Map.of(DayOfWeek.SATURDAY, List.of(interval("10:00", "11:00"))), List.of());

        assertThatThrownBy(() -> saturdayHour.add(Instant.parse("2026-01-01T00:00:00Z"), Duration.ofMinutes(100_000)))
                .isInstanceOf(WorkingTime.BeyondCalendarException.class);
    }

    // --- Properties, over calendars that differ in zone, shape and closures ---------------------

    @Property(tries = 300)
    void addingAThenBIsAddingBoth(
            @ForAll("calendars") WorkingTime calendar,
            @ForAll("instants") Instant start,
            @ForAll @IntRange(max = 20_000) int a,
            @ForAll @IntRange(max = 20_000) int b) {
        Instant first = calendar.add(start, Duration.ofMinutes(a)).at();

        assertThat(calendar.add(first, Duration.ofMinutes(b)).at())
                .isEqualTo(calendar.add(start, Duration.ofMinutes(a + b)).at());
    }

    @Property(tries = 300)
    void theWorkingTimeUntilADueTimeIsTheAmountAdded(
            @ForAll("calendars") WorkingTime calendar,
            @ForAll("instants") Instant start,
            @ForAll @IntRange(max = 50_000) int minutes) {
        Due due = calendar.add(start, Duration.ofMinutes(minutes));

        assertThat(calendar.between(start, due.at())).isEqualTo(Duration.ofMinutes(minutes));
        assertThat(due.counted().stream().map(Segment::length).reduce(Duration.ZERO, Duration::plus))
                .isEqualTo(Duration.ofMinutes(minutes));
    }

    @Property(tries = 300)
    void aDueTimeEndsOpenTimeAndNeverFallsInAClosedPeriod(
            @ForAll("calendars") WorkingTime calendar,
            @ForAll("instants") Instant start,
            @ForAll @IntRange(min = 1, max = 50_000) int minutes) {
        Due due = calendar.add(start, Duration.ofMinutes(minutes));

        assertThat(calendar.isOpen(due.at().minusNanos(1))).isTrue();
        assertThat(due.counted()).allSatisfy(segment -> {
            assertThat(calendar.isOpen(segment.from())).isTrue();
            assertThat(calendar.between(segment.from(), segment.to())).isEqualTo(segment.length());
        });
    }

    @Property(tries = 300)
    void workingTimeAddsUpOverConsecutiveSpans(
            @ForAll("calendars") WorkingTime calendar,
            @ForAll("instants") Instant start,
            @ForAll @IntRange(max = 100_000) int first,
            @ForAll @IntRange(max = 100_000) int second) {
        Instant middle = start.plus(Duration.ofMinutes(first));
        Instant end = middle.plus(Duration.ofMinutes(second));

        assertThat(calendar.between(start, middle).plus(calendar.between(middle, end)))
                .isEqualTo(calendar.between(start, end));
    }

    @Provide
    Arbitrary<WorkingTime> calendars() {
        List<Holiday> closures = List.of(
                new Holiday(LocalDate.parse("2026-12-25"), null, null, null),
                new Holiday(LocalDate.parse("2026-12-24"), null, "12:00", null),
                new Holiday(LocalDate.parse("2026-03-29"), null, "01:00", "03:30"),
                new Holiday(LocalDate.parse("2026-11-01"), null, null, "01:30"));
        return Arbitraries.of(
                officeHours("Europe/Oslo", "08:00", "16:00", closures),
                officeHours("America/New_York", "09:00", "17:30", closures),
                officeHours("Australia/Sydney", "08:30", "17:00", List.of()),
                new WorkingTime(
                        ZoneId.of("Europe/Oslo"),
                        false,
                        Map.of(
                                DayOfWeek.MONDAY, List.of(interval("08:00", "12:00"), interval("13:00", "17:00")),
                                DayOfWeek.SATURDAY, List.of(interval("22:00", "06:00")),
                                DayOfWeek.SUNDAY, List.of(interval("23:00", "01:30"))),
                        closures),
                new WorkingTime(ZoneId.of("America/New_York"), true, Map.of(), closures),
                new WorkingTime(
                        ZoneId.of("Europe/Oslo"),
                        false,
                        Map.of(
                                DayOfWeek.SUNDAY, List.of(interval("00:00", "02:30"), interval("03:00", "08:00")),
                                DayOfWeek.WEDNESDAY, List.of(interval("09:00", "10:00"))),
                        List.of(new Holiday(LocalDate.parse("2026-03-29"), null, "02:30", "03:15"))),
                new WorkingTime(
                        ZoneId.of("Australia/Sydney"),
                        false,
                        Map.of(DayOfWeek.SUNDAY, List.of(interval("01:00", "01:00"))),
                        List.of()));
    }

    @Provide
    Arbitrary<Instant> instants() {
        long from = Instant.parse("2025-12-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2027-02-01T00:00:00Z").getEpochSecond();
        return Arbitraries.longs().between(from, to).map(Instant::ofEpochSecond);
    }

    private static WorkingTime officeHours(String zone, String start, String end, List<Holiday> holidays) {
        Map<DayOfWeek, List<WorkingInterval>> week = new EnumMap<>(DayOfWeek.class);
        WEEKDAYS.forEach(day -> week.put(day, List.of(interval(start, end))));
        return new WorkingTime(ZoneId.of(zone), false, week, holidays);
    }

    private static WorkingInterval interval(String start, String end) {
        return new WorkingInterval(start, end);
    }

    private static Segment segment(String from, String to) {
        return new Segment(Instant.parse(from), Instant.parse(to));
    }
}
