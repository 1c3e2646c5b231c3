package dev.servicedesk.announcement;

import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.ProblemException;
import java.time.Instant;
import java.util.UUID;

/** Where a page of active announcements ended: the most severe first, then the newest published. */
record ActivePosition(int severity, Instant publishedAt, UUID id) {
    static final String SORT = "announcements-active";

    /** The severity of a row in SQL, as {@link #of} counts it: NONE 1 up to CRITICAL 4. */
    static final String SEVERITY = "array_position(ARRAY['NONE', 'MINOR', 'MAJOR', 'CRITICAL'], a.impact)";

    static ActivePosition of(Announcement announcement) {
        return new ActivePosition(announcement.impact().ordinal() + 1, announcement.publishedAt(), announcement.id());
    }

    PageCursor cursor() {
        return new PageCursor(SORT, severity + "|" + publishedAt, id);
    }

    /** The position a cursor we issued carries; anything else is a 400. */
    static ActivePosition from(PageCursor cursor) {
        String[] parts = cursor.lastValue().split("\\|", -1);
        try {
            int severity = Integer.parseInt(parts[0]);
            if (parts.length != 2 || severity < 1 || severity > AnnouncementImpact.values().length) {
                throw invalid();
            }
            Instant at = new PageCursor(SORT, parts[1], cursor.lastId()).lastInstant();
            return new ActivePosition(severity, at, cursor.lastId());
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalid("cursor", "is not a cursor this service issued");
    }
}
