package dev.servicedesk.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.CodePointLength;

/** What an admin sets on a business calendar, on create and through a merge patch. */
public record CalendarDetails(
        @NotBlank @CodePointLength(max = 100) String name,
        @CodePointLength(max = 2000) String description,
        @NotBlank @CodePointLength(max = 64) String timeZone,
        @NotNull Boolean alwaysOpen,
        @NotNull Map<@NotNull DayOfWeek, @NotNull @Size(max = 10) List<@NotNull @Valid WorkingInterval>> week,
        @NotNull @Size(max = 1000) List<@NotNull @Valid Holiday> holidays) {

    static CalendarDetails of(BusinessCalendar calendar) {
        CalendarHours hours = calendar.hours();
        return new CalendarDetails(
                calendar.name(),
                calendar.description(),
                calendar.timeZone(),
                calendar.alwaysOpen(),
                hours.week(),
                hours.holidays());
    }

    /** The working hours in order, as kept. */
    CalendarHours hours() {
        return CalendarHours.ordered(week, holidays);
    }

    CalendarDetails stripped() {
        return new CalendarDetails(name.strip(), description, timeZone.strip(), alwaysOpen, week, holidays);
    }
}
