package dev.servicedesk.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's period {@code [from, to)} and, when split, the instants between its intervals:
 * the interval starts after {@code from} and before {@code to}, at local midnight in the zone
 * (the first instant of the day where a clock change skips midnight).
 */
record Period(Instant from, Instant to, ZoneId zone, List<Instant> boundaries) {
    static final int MOST_INTERVALS = 400;

    /** The period split by {@code interval} (none: one interval), or null when it would have more than {@link #MOST_INTERVALS}. */
    static Period of(Instant from, Instant to, ZoneId zone, Interval interval) {
        List<Instant> boundaries = new ArrayList<>();
        if (interval != null) {
            LocalDate day = interval.startOf(from.atZone(zone).toLocalDate());
            Instant boundary = day.atStartOfDay(zone).toInstant();
            while (!boundary.isAfter(from)) {
                day = interval.next(day);
                boundary = day.atStartOfDay(zone).toInstant();
            }
            while (boundary.isBefore(to)) {
                if (boundaries.size() == MOST_INTERVALS - 1) {
                    return null;
                }
                boundaries.add(boundary);
                day = interval.next(day);
                boundary = day.atStartOfDay(zone).toInstant();
            }
        }
        return new Period(from, to, zone, List.copyOf(boundaries));
    }

    int intervals() {
        return boundaries.size() + 1;
    }

    Instant intervalStart(int index) {
        return index == 0 ? from : boundaries.get(index - 1);
    }

    Instant intervalEnd(int index) {
        return index == boundaries.size() ? to : boundaries.get(index);
    }
}
