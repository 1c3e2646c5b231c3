package dev.servicedesk.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A validated page request: the page size and, past the first page, where to continue. */
public record PageRequest(int limit, Optional<PageCursor> after) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /**
     * Parses the raw query parameters (taken as strings so that "abc" is a 400 with a field error,
     * not the framework's 404 for an unconvertible query parameter).
     */
    public static PageRequest parse(String limit, String cursor, String sort) {
        List<FieldError> errors = new ArrayList<>();
        int size = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit.trim());
                if (size < 1 || size > MAX_LIMIT) {
                    errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("limit", "must be an integer between 1 and " + MAX_LIMIT));
            }
        }
        Optional<PageCursor> after = Optional.empty();
        if (cursor != null && !cursor.isEmpty()) {
            try {
                after = Optional.of(PageCursor.decode(cursor, sort));
            } catch (ProblemException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new PageRequest(size, after);
    }

    /** As {@link #parse}, for a list ordered by time, whose cursors must carry an instant. */
    public static PageRequest parseTimeOrdered(String limit, String cursor, String sort) {
        PageRequest request = parse(limit, cursor, sort);
        request.after().ifPresent(PageCursor::lastInstant);
        return request;
    }

    /** How many rows to fetch: one more than the page, to know whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }
}
