package dev.servicedesk.calendar.dto;

import dev.servicedesk.calendar.BusinessCalendar;
import dev.servicedesk.calendar.Holiday;
import dev.servicedesk.calendar.WorkingInterval;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public record CalendarView(
        UUID id,
        String name,
        String description,
        String timeZone,
        boolean alwaysOpen,
        Map<DayOfWeek, List<WorkingInterval>> week,
        List<Holiday> holidays,
        Instant createdAt,
        Instant updatedAt) {

    public static CalendarView of(BusinessCalendar calendar) {
        return new CalendarView(
                calendar.id(),
                calendar.name(),
                calendar.description(),
                calendar.timeZone(),
                calendar.alwaysOpen(),
                calendar.hours().week(),
                calendar.hours().holidays(),
                calendar.createdAt(),
                calendar.updatedAt());
    }
}
