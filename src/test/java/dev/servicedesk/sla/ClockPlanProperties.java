package dev.servicedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.calendar.Segment;
import dev.servicedesk.calendar.WorkingInterval;
import dev.servicedesk.calendar.WorkingTime;
import dev.servicedesk.ticket.Priority;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What holds for every clock a policy plans, on any calendar, from any instant. */
class ClockPlanProperties {
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");

    @Property
    void shouldPlanEachTargetOnceDueAfterExactlyItsWorkingMinutes(
            @ForAll("targets") SlaTarget target,
            @ForAll Priority priority,
            @ForAll("calendars") WorkingTime calendar,
            @ForAll("instants") Instant start) {
        PolicyTerms terms = new PolicyTerms(Map.of(priority, target), List.of(), List.of(), List.of(), Set.of());

        ClockPlan.Planned planned = ClockPlan.start(terms, priority, start, calendar);

        assertThat(planned.leftOut()).isEmpty();
        assertThat(planned.clocks())
                .extracting(ClockPlan.Started::target)
                .containsExactlyElementsOf(
                        target.updateMinutes() == null
                                ? List.of(SlaTargetKind.FIRST_RESPONSE, SlaTargetKind.RESOLUTION)
                                : List.of(
                                        SlaTargetKind.FIRST_RESPONSE, SlaTargetKind.RESOLUTION, SlaTargetKind.UPDATE));
        for (ClockPlan.Started clock : planned.clocks()) {
            assertThat(clock.startedAt()).isEqualTo(start);
            assertThat(clock.targetMinutes()).isEqualTo(ClockPlan.minutes(target, clock.target()));
            assertThat(clock.due().at()).isAfterOrEqualTo(start);
            Duration counted =
                    clock.due().counted().stream().map(Segment::length).reduce(Duration.ZERO, Duration::plus);
            assertThat(counted).isEqualTo(Duration.ofMinutes(clock.targetMinutes()));
            assertThat(clock.due().counted())
                    .allSatisfy(segment ->
                            assertThat(calendar.isOpen(segment.from())).isTrue());
        }
    }

    /** A longer target never falls due before a shorter one started at the same instant. */
    @Property
    void shouldKeepTargetsInTheOrderOfTheirMinutes(
            @ForAll("targets") SlaTarget target,
            @ForAll("calendars") WorkingTime calendar,
            @ForAll("instants") Instant start) {
        PolicyTerms terms = new PolicyTerms(Map.of(Priority.HIGH, target), List.of(), List.of(), List.of(), Set.of());
        List<ClockPlan.Started> clocks =
                ClockPlan.start(terms, Priority.HIGH, start, calendar).clocks();

        for (ClockPlan.Started a : clocks) {
            for (ClockPlan.Started b : clocks) {
                if (a.targetMinutes() <= b.targetMinutes()) {
                    assertThat(a.due().at()).isBeforeOrEqualTo(b.due().at());
                }
            }
        }
    }

    @Property
    void shouldPlanNothingForAPriorityWithoutATarget(
            @ForAll("targets") SlaTarget target, @ForAll("calendars") WorkingTime calendar) {
        PolicyTerms terms = new PolicyTerms(Map.of(Priority.LOW, target), List.of(), List.of(), List.of(), Set.of());

        assertThat(ClockPlan.start(terms, Priority.CRITICAL, FROM, calendar).clocks())
                .isEmpty();
    }

    @Provide
    Arbitrary<SlaTarget> targets() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 3_000),
                        Arbitraries.integers().between(1, 20_000),
                        Arbitraries.integers().between(1, 5_000).injectNull(0.5))
                .as(SlaTarget::new);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, 366L * 24 * 60).map(minutes -> FROM.plus(Duration.ofMinutes(minutes)));
    }

    @Provide
    Arbitrary<WorkingTime> calendars() {
        return Combinators.combine(
                        Arbitraries.of("Europe/Lisbon", "America/New_York", "Australia/Sydney", "Asia/Kolkata"),
                        Arbitraries.of(List.of("08:00", "17:00"), List.of("22:00", "06:00"), List.of("00:00", "00:00")),
                        Arbitraries.of(true, false, false))
                .as((zone, hours, alwaysOpen) -> {
                    Map<DayOfWeek, List<WorkingInterval>> week = new EnumMap<>(DayOfWeek.class);
                    if (!alwaysOpen) {
                        for (DayOfWeek day : List.of(
                                DayOfWeek.MONDAY,
                                DayOfWeek.TUESDAY,
                                DayOfWeek.WEDNESDAY,
                                DayOfWeek.THURSDAY,
                                DayOfWeek.FRIDAY)) {
                            week.put(day, List.of(new WorkingInterval(hours.get(0), hours.get(1))));
                        }
                    }
                    return new WorkingTime(ZoneId.of(zone), alwaysOpen, week, List.of());
                });
    }
}
