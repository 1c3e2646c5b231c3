package dev.servicedesk.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How a period is split: at midnights, Mondays or first days of the month in the report's time zone. */
enum Interval {
    DAY("day"),
    WEEK("week"),
    MONTH("month");

    private final String parameter;

    Interval(String parameter) {
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }

    /** The first day of the interval holding {@code day}. */
    LocalDate startOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first day of the next interval after the one starting on {@code start}. */
    LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    static Interval ofParameter(String parameter) {
        for (Interval interval : values()) {
            if (interval.parameter.equals(parameter)) {
                return interval;
            }
        }
        return null;
    }
}
