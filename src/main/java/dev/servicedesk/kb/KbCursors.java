package dev.servicedesk.kb;

import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import java.util.regex.Pattern;

/** What the knowledge base's cursors hold, checked before a query uses it: a forged cursor is a 400, never a 500. */
final class KbCursors {
    /** An article's number. */
    static final Pattern NUMBER = Pattern.compile("\\d{1,18}");
    /** A revision's number. */
    static final Pattern REVISION = Pattern.compile("\\d{1,9}");

    private KbCursors() {}

    static void require(QueryParameters parameters, PageRequest page, Pattern value) {
        if (page != null
                && page.after().isPresent()
                && !value.matcher(page.after().get().lastValue()).matches()) {
            parameters.reject("cursor", "is not a cursor this list gave");
        }
    }
}
