package dev.servicedesk.calendar;

/** Local times of day as the API writes them, "HH:mm", and as minutes after midnight. */
final class TimeOfDay {
    static final String PATTERN = "([01][0-9]|2[0-3]):[0-5][0-9]";

    private TimeOfDay() {}

    /** Minutes after midnight of a valid "HH:mm"; {@code whenAbsent} for null. */
    static int minutes(String time, int whenAbsent) {
        if (time == null) {
            return whenAbsent;
        }
        return Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3, 5));
    }
}
