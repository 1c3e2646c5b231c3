package dev.servicedesk.common;

import java.util.UUID;

/**
 * Cursors of the feeds read in commit order (events, sync changes): the position last read. Such a
 * feed never ends, so its next cursor is always given: past the page's last item, or where the page
 * began when nothing was new.
 */
public final class FeedCursors {
    private static final UUID NO_ITEM = new UUID(0, 0);

    private FeedCursors() {}

    /** The position to read after: 0 without a cursor; a cursor this service did not issue is a 400. */
    public static long after(PageRequest page) {
        return page.after()
                .map(cursor -> {
                    try {
                        long position = Long.parseLong(cursor.lastValue());
                        if (position >= 0) {
                            return position;
                        }
                    } catch (NumberFormatException e) {
                        // a tampered cursor, answered below
                    }
                    throw ProblemException.invalid("cursor", "is not one this service issued; start again without it");
                })
                .orElse(0L);
    }

    public static String next(String order, long position) {
        return next(order, position, NO_ITEM);
    }

    /** A cursor that also carries {@code issuedFor}, for a feed whose items depend on who reads it. */
    public static String next(String order, long position, UUID issuedFor) {
        return new PageCursor(order, Long.toString(position), issuedFor).encode();
    }
}
