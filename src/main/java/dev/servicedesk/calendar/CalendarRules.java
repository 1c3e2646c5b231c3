package dev.servicedesk.calendar;

import dev.servicedesk.common.FieldError;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What makes a calendar usable: a time zone the IANA database knows, a week that opens at least once (or 24×7, with no intervals), no two intervals at the same time,
 * and partial closures that close something (times already well-formed). Pure: answers the field
 * errors, empty when valid.
 */
final class CalendarRules {
    private static final int MINUTES_PER_WEEK = 7 * WorkingInterval.MINUTES_PER_DAY;

    private CalendarRules() {}

    static List<FieldError> check(CalendarDetails details) {
        List<FieldError> errors = new ArrayList<>();
        if (!ZoneId.getAvailableZoneIds().contains(details.timeZone())) {
            errors.add(new FieldError("timeZone", "is not an IANA time zone such as Europe/Oslo"));
        }
        boolean emptyWeek = details.week().values().stream().allMatch(List::isEmpty);
        if (details.alwaysOpen() && !emptyWeek) {
            errors.add(new FieldError("week", "must be empty for a calendar that is always open"));
        } else if (!details.alwaysOpen() && emptyWeek) {
            errors.add(new FieldError("week", "must have working time on some day, unless alwaysOpen"));
        }
        checkWeek(details.week(), errors);
        checkHolidays(details.holidays(), errors);
        return errors;
    }

    /** Each interval in whole minutes; none overlapping another, over midnight and Sunday night included. */
    private static void checkWeek(Map<DayOfWeek, List<WorkingInterval>> week, List<FieldError> errors) {
        record Placed(String field, int from, int to) {}
        List<Placed> placed = new ArrayList<>();
        week.forEach((day, intervals) -> {
            for (int i = 0; i < intervals.size(); i++) {
                WorkingInterval interval = intervals.get(i);
                String field = "week." + day + "[" + i + "]";
                int offset = (day.getValue() - 1) * WorkingInterval.MINUTES_PER_DAY;
                placed.add(new Placed(field, offset + interval.startMinute(), offset + interval.endMinute()));
            }
        });
        placed.sort(Comparator.comparingInt(Placed::from));
        for (int i = 1; i < placed.size(); i++) {
            if (placed.get(i).from() < placed.get(i - 1).to()) {
                errors.add(new FieldError(
                        placed.get(i).field(), "overlaps " + placed.get(i - 1).field()));
            }
        }
        if (placed.size() > 1) {
            Placed last = placed.get(placed.size() - 1);
            Placed first = placed.get(0);
            if (last.to() - MINUTES_PER_WEEK > first.from()) {
                errors.add(new FieldError(first.field(), "overlaps " + last.field()));
            }
        }
    }

    private static void checkHolidays(List<Holiday> holidays, List<FieldError> errors) {
        for (int i = 0; i < holidays.size(); i++) {
            Holiday holiday = holidays.get(i);
            String field = "holidays[" + i + "]";
            if (holiday.closedUntil() != null && holiday.closedUntilMinute() <= holiday.closedFromMinute()) {
                errors.add(new FieldError(field + ".closedUntil", "must be after closedFrom (or midnight)"));
            }
        }
    }
}
