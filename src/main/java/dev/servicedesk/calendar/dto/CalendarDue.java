package dev.servicedesk.calendar.dto;

import dev.servicedesk.calendar.Due;
import dev.servicedesk.calendar.Segment;
import java.time.Instant;
import java.util.List;

public record CalendarDue(Instant from, long minutes, Instant due, List<Segment> counted) {

    public static CalendarDue of(Instant from, long minutes, Due due) {
        return new CalendarDue(from, minutes, due.at(), due.counted());
    }
}
