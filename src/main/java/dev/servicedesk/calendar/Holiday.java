package dev.servicedesk.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * A date the desk is closed, local time ("HH:mm"): the whole day, or from {@code closedFrom} (its
 * start when null) until {@code closedUntil} (its end when null).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Holiday(
        @NotNull LocalDate date,
        @CodePointLength(max = 200) String name,

        @Pattern(regexp = TimeOfDay.PATTERN, message = "must be a time of day such as 12:00")
        String closedFrom,

        @Pattern(regexp = TimeOfDay.PATTERN, message = "must be a time of day such as 12:00")
        String closedUntil) {

    int closedFromMinute() {
        return TimeOfDay.minutes(closedFrom, 0);
    }

    int closedUntilMinute() {
        return TimeOfDay.minutes(closedUntil, WorkingInterval.MINUTES_PER_DAY);
    }
}
