package dev.servicedesk.ticket;

import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Which tickets a list asks for, in which order, from where. Requesters are narrowed later. */
record TicketFilter(
        List<TicketStatus> statuses,
        TicketType type,
        Category category,
        Priority priority,
        Channel channel,
        UUID requesterId,
        String key,
        Instant createdFrom,
        Instant createdTo,
        Instant updatedFrom,
        Instant updatedTo,
        String text,
        boolean newestFirst,
        PageRequest page) {

    static final String OLDEST_FIRST = "createdAt";
    static final String NEWEST_FIRST = "-createdAt";

    static TicketFilter parse(
            List<String> statuses,
            String type,
            String category,
            String priority,
            String channel,
            String requesterId,
            String key,
            String createdFrom,
            String createdTo,
            String updatedFrom,
            String updatedTo,
            String text,
            String sort,
            String limit,
            String cursor) {
        QueryParameters parameters = new QueryParameters();
        String order = parameters.choice("sort", sort, OLDEST_FIRST, List.of(OLDEST_FIRST, NEWEST_FIRST));
        String keyFilter = parameters.text("key", key, 40);
        if (keyFilter != null && !TicketType.looksLikeKey(keyFilter)) {
            parameters.reject("key", "must be a ticket key such as INC-1042");
            keyFilter = null;
        }
        PageRequest page = parameters.include(() -> PageRequest.parseTimeOrdered(limit, cursor, order));
        TicketFilter filter = new TicketFilter(
                parameters.enumValues("status", statuses, TicketStatus.class),
                parameters.enumValue("type", type, TicketType.class),
                parameters.enumValue("category", category, Category.class),
                parameters.enumValue("priority", priority, Priority.class),
                parameters.enumValue("channel", channel, Channel.class),
                parameters.uuid("requesterId", requesterId),
                keyFilter == null ? null : keyFilter.toUpperCase(Locale.ROOT),
                parameters.instant("createdFrom", createdFrom),
                parameters.instant("createdTo", createdTo),
                parameters.instant("updatedFrom", updatedFrom),
                parameters.instant("updatedTo", updatedTo),
                parameters.text("q", text, 200),
                order.equals(NEWEST_FIRST),
                page);
        parameters.validate();
        return filter;
    }

    /** The same filter, limited to one requester's tickets. */
    TicketFilter onlyFor(UUID requester) {
        return new TicketFilter(
                statuses,
                type,
                category,
                priority,
                channel,
                requester,
                key,
                createdFrom,
                createdTo,
                updatedFrom,
                updatedTo,
                text,
                newestFirst,
                page);
    }

    String sortName() {
        return newestFirst ? NEWEST_FIRST : OLDEST_FIRST;
    }
}
