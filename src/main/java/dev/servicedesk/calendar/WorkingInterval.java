package dev.servicedesk.calendar;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Working hours on one weekday, local time ("HH:mm"): from {@code start} to {@code end}. An end at
 * or before the start runs over midnight into the next day (22:00–06:00); equal start and end is
 * 24 hours.
 */
public record WorkingInterval(
        @NotNull @Pattern(regexp = TimeOfDay.PATTERN, message = "must be a time of day such as 08:00")
        String start,

        @NotNull @Pattern(regexp = TimeOfDay.PATTERN, message = "must be a time of day such as 17:30")
        String end) {
    static final int MINUTES_PER_DAY = 24 * 60;

    int startMinute() {
        return TimeOfDay.minutes(start, 0);
    }

    /** Minutes after the start of the weekday: past 1440 when the interval runs over midnight. */
    int endMinute() {
        int end = TimeOfDay.minutes(this.end, 0);
        return end <= startMinute() ? end + MINUTES_PER_DAY : end;
    }
}
