package dev.servicedesk.calendar;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * When a calendar's desk works, as kept: every weekday present with its intervals by start, and
 * the holidays by date, so that a calendar always reads back the same way.
 */
public record CalendarHours(Map<DayOfWeek, List<WorkingInterval>> week, List<Holiday> holidays) {

    static CalendarHours ordered(Map<DayOfWeek, List<WorkingInterval>> week, List<Holiday> holidays) {
        Map<DayOfWeek, List<WorkingInterval>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(
                    day,
                    week.getOrDefault(day, List.of()).stream()
                            .sorted(Comparator.comparingInt(WorkingInterval::startMinute))
                            .toList());
        }
        return new CalendarHours(
                days,
                holidays.stream()
                        .sorted(Comparator.comparing(Holiday::date).thenComparingInt(Holiday::closedFromMinute))
                        .toList());
    }

    boolean isEmptyWeek() {
        return week.values().stream().allMatch(List::isEmpty);
    }
}
