package dev.servicedesk.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Working time on a business calendar: when the desk is open, and time counted only while it is.
 * Local working hours become instants in the calendar's zone, so a working day that a DST change
 * shortens or lengthens counts the real time it is open; a local time skipped by a change is the
 * instant of the change. Pure: no clock, no I/O.
 */
public final class WorkingTime {
    /** An amount of working time the calendar does not hold within the years it is searched. */
    public static final class BeyondCalendarException extends RuntimeException {
        BeyondCalendarException(Duration amount, Instant start) {
            super(amount.toMinutes() + " working minutes from " + start + " end more than " + MAX_DAYS / 366
                    + " years ahead on this calendar");
        }
    }

    /** How far ahead a due time is looked for before the calendar is judged to never open. */
    private static final int MAX_DAYS = 366 * 20;

    private final ZoneId zone;
    private final boolean alwaysOpen;
    private final Map<DayOfWeek, List<WorkingInterval>> week;
    private final Map<LocalDate, List<Holiday>> holidays;

    public WorkingTime(
            ZoneId zone, boolean alwaysOpen, Map<DayOfWeek, List<WorkingInterval>> week, List<Holiday> holidays) {
        this.zone = zone;
        this.alwaysOpen = alwaysOpen;
        this.week = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, intervals) -> this.week.put(
                day,
                intervals.stream()
                        .sorted(Comparator.comparingInt(WorkingInterval::startMinute))
                        .toList()));
        this.holidays = new HashMap<>();
        holidays.forEach(holiday -> this.holidays
                .computeIfAbsent(holiday.date(), date -> new ArrayList<>())
                .add(holiday));
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * When {@code amount} of working time has passed from {@code start}, and the open segments it
     * was counted in. Adding a then b equals adding a + b.
     */
    public Due add(Instant start, Duration amount) {
        List<Segment> counted = new ArrayList<>();
        if (amount.isZero() || amount.isNegative()) {
            return new Due(start, counted);
        }
        Duration remaining = amount;
        LocalDate date = localDate(start).minusDays(1);
        for (int day = 0; day < MAX_DAYS; day++, date = date.plusDays(1)) {
            for (Segment open : openOn(date)) {
                if (!open.to().isAfter(start)) {
                    continue;
                }
                Instant from = open.from().isAfter(start) ? open.from() : start;
                Duration available = Duration.between(from, open.to());
                if (available.compareTo(remaining) >= 0) {
                    Instant due = from.plus(remaining);
                    counted.add(new Segment(from, due));
                    return new Due(due, counted);
                }
                counted.add(new Segment(from, open.to()));
                remaining = remaining.minus(available);
            }
        }
        throw new BeyondCalendarException(amount, start);
    }

    /** The working time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        LocalDate last = localDate(to);
        for (LocalDate date = localDate(from).minusDays(1); !date.isAfter(last); date = date.plusDays(1)) {
            for (Segment open : openOn(date)) {
                Instant start = open.from().isAfter(from) ? open.from() : from;
                Instant end = open.to().isBefore(to) ? open.to() : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** Whether the desk is open at that instant. */
    public boolean isOpen(Instant instant) {
        LocalDate date = localDate(instant);
        for (LocalDate day = date.minusDays(1); !day.isAfter(date); day = day.plusDays(1)) {
            for (Segment open : openOn(day)) {
                if (!open.from().isAfter(instant) && open.to().isAfter(instant)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The open segments of the working hours that begin on this local date (one running over
     * midnight ends the next day), in order, with the holiday closures taken out.
     */
    List<Segment> openOn(LocalDate date) {
        List<Segment> open = new ArrayList<>();
        if (alwaysOpen) {
            open.add(new Segment(instant(date, 0), instant(date, WorkingInterval.MINUTES_PER_DAY)));
        } else {
            for (WorkingInterval interval : week.getOrDefault(date.getDayOfWeek(), List.of())) {
                Segment segment =
                        new Segment(instant(date, interval.startMinute()), instant(date, interval.endMinute()));
                if (segment.to().isAfter(segment.from())) {
                    open.add(segment);
                }
            }
        }
        return withoutClosures(open, date);
    }

    private List<Segment> withoutClosures(List<Segment> open, LocalDate date) {
        List<Segment> closures = new ArrayList<>();
        for (LocalDate day = date; !day.isAfter(date.plusDays(1)); day = day.plusDays(1)) {
            for (Holiday holiday : holidays.getOrDefault(day, List.of())) {
                closures.add(new Segment(
                        instant(day, holiday.closedFromMinute()), instant(day, holiday.closedUntilMinute())));
            }
        }
        List<Segment> remaining = open;
        for (Segment closure : closures) {
            if (!closure.to().isAfter(closure.from())) {
                continue;
            }
            List<Segment> next = new ArrayList<>();
            for (Segment segment : remaining) {
                if (!closure.from().isBefore(segment.to()) || !closure.to().isAfter(segment.from())) {
                    next.add(segment);
                    continue;
                }
                if (closure.from().isAfter(segment.from())) {
                    next.add(new Segment(segment.from(), closure.from()));
                }
                if (closure.to().isBefore(segment.to())) {
                    next.add(new Segment(closure.to(), segment.to()));
                }
            }
            remaining = next;
        }
        return remaining;
    }

    /**
     * The instant of a local date plus some minutes (past midnight into the next days) in the
     * zone; a local time a DST change skips is the instant of the change, so that local times
     * stay in order as instants.
     */
    private Instant instant(LocalDate date, int minutes) {
        LocalDateTime local = LocalDateTime.of(date, LocalTime.MIDNIGHT).plusMinutes(minutes);
        ZoneOffsetTransition change = zone.getRules().getTransition(local);
        return change != null && change.isGap()
                ? change.getInstant()
                : local.atZone(zone).toInstant();
    }

    private LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
