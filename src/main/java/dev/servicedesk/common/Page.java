package dev.servicedesk.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the cursor to the next one (null on the last page). */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * Builds a page from rows fetched with {@link PageRequest#fetchSize()}: the extra row, if
     * present, proves that another page follows, and the last kept row positions its cursor.
     */
    public static <R, T> Page<T> of(
            List<R> rows, PageRequest request, Function<R, PageCursor> cursorOf, Function<R, T> toItem) {
        boolean more = rows.size() > request.limit();
        List<R> kept = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? cursorOf.apply(kept.get(kept.size() - 1)).encode() : null;
        return new Page<>(kept.stream().map(toItem).toList(), next);
    }
}
