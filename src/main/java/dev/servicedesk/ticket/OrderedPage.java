package dev.servicedesk.ticket;

import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import java.util.List;

/**
 * A page of tickets in one order: its size and, past the first page, the sort values of the
 * previous page's last ticket ({@code after}, empty on the first page).
 */
record OrderedPage(TicketSort sort, PageRequest page, List<Object> after) {

    /** Null when the limit or cursor is bad: {@code parameters} then holds the field errors. */
    static OrderedPage parse(QueryParameters parameters, TicketSort sort, String limit, String cursor) {
        PageRequest page = parameters.include(() -> PageRequest.parse(limit, cursor, sort.apiName()));
        if (page == null) {
            return null;
        }
        List<Object> after =
                parameters.include(() -> page.after().map(sort::positionOf).orElse(List.of()));
        return after == null ? null : new OrderedPage(sort, page, after);
    }
}
