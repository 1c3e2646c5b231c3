package dev.servicedesk.ticket;

import dev.servicedesk.common.QueryParameters;
import java.util.UUID;

/** Which of a queue's open tickets its working list shows, and which page. */
record WorkListFilter(UUID assigneeId, Boolean unassigned, OrderedPage page) {
    static final TicketSort ORDER = TicketSort.SOONEST_DUE_FIRST;

    static WorkListFilter parse(String assigneeId, String unassigned, String limit, String cursor) {
        QueryParameters parameters = new QueryParameters();
        WorkListFilter filter = new WorkListFilter(
                parameters.uuid("assigneeId", assigneeId),
                parameters.bool("unassigned", unassigned),
                OrderedPage.parse(parameters, ORDER, limit, cursor));
        if (filter.assigneeId() != null && filter.unassigned() != null) {
            parameters.reject("unassigned", "is not used together with assigneeId");
        }
        parameters.validate();
        return filter;
    }
}
