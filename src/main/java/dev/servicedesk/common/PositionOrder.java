package dev.servicedesk.common;

import io.quarkus.panache.common.Parameters;
import java.util.List;
import java.util.UUID;

/**
 * The order of lists an admin arranges (routing rules, SLA policies): by position, then by id, so
 * that ties keep the order the items were made in (ids are time-ordered).
 */
public final class PositionOrder {
    public static final String SORT = "position";
    public static final int LAST = 1_000_000;
    /** HQL for where a new item goes: after every other (or at the last position there can be). */
    public static final String NEXT = "least(coalesce(max(position) + 10, 0), " + LAST + ")";

    private PositionOrder() {}

    /** The page request of such a list; a cursor that does not carry a position is a 400. */
    public static PageRequest parse(QueryParameters parameters, String limit, String cursor) {
        PageRequest page = parameters.include(() -> PageRequest.parse(limit, cursor, SORT));
        if (page != null
                && page.after()
                        .filter(after -> !after.lastValue().matches("\\d{1,7}"))
                        .isPresent()) {
            parameters.reject("cursor", "is not a cursor this service issued");
        }
        return page;
    }

    /** Past the first page, the condition that continues after the previous page's last item. */
    public static void continueAfter(PageRequest page, List<String> conditions, Parameters parameters) {
        page.after().ifPresent(after -> {
            conditions.add("(position, id) > (:afterPosition, :afterId)");
            parameters.and("afterPosition", Integer.parseInt(after.lastValue())).and("afterId", after.lastId());
        });
    }

    public static PageCursor cursor(int position, UUID id) {
        return new PageCursor(SORT, Integer.toString(position), id);
    }
}
