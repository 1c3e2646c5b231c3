package dev.servicedesk.ticket;

import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.PersonFilter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Which tickets a list asks for, in which order, from where ({@code after}: the sort values of the
 * previous page's last ticket, empty on the first page). Requesters are narrowed later.
 */
record TicketFilter(
        List<TicketStatus> statuses,
        TicketType type,
        Category category,
        Priority priority,
        Channel channel,
        PersonFilter requester,
        UUID queueId,
        UUID articleId,
        List<UUID> ciIds,
        PersonFilter assignee,
        String key,
        Instant createdFrom,
        Instant createdTo,
        Instant updatedFrom,
        Instant updatedTo,
        String text,
        TicketSort sort,
        PageRequest page,
        List<Object> after) {

    static TicketFilter parse(TicketListQuery query) {
        QueryParameters parameters = new QueryParameters();
        String sortName = parameters.choice("sort", query.sort(), TicketSort.DEFAULT.apiName(), TicketSort.apiNames());
        TicketSort sort = TicketSort.byApiName(sortName).orElse(TicketSort.DEFAULT);
        String keyFilter = parameters.text("key", query.key(), 40);
        if (keyFilter != null && !TicketType.looksLikeKey(keyFilter)) {
            parameters.reject("key", "must be a ticket key such as INC-1042");
            keyFilter = null;
        }
        OrderedPage ordered = OrderedPage.parse(parameters, sort, query.limit(), query.cursor());
        TicketFilter filter = new TicketFilter(
                parameters.enumValues("status", query.status(), TicketStatus.class),
                parameters.enumValue("type", query.type(), TicketType.class),
                parameters.enumValue("category", query.category(), Category.class),
                parameters.enumValue("priority", query.priority(), Priority.class),
                parameters.enumValue("channel", query.channel(), Channel.class),
                PersonFilter.parse(parameters, "requesterId", query.requesterId()),
                parameters.uuid("queueId", query.queueId()),
                parameters.uuid("articleId", query.articleId()),
                parameters.uuids("ciId", query.ciId(), 20),
                PersonFilter.parse(parameters, "assigneeId", query.assigneeId()),
                keyFilter == null ? null : keyFilter.toUpperCase(Locale.ROOT),
                parameters.instant("createdFrom", query.createdFrom()),
                parameters.instant("createdTo", query.createdTo()),
                parameters.instant("updatedFrom", query.updatedFrom()),
                parameters.instant("updatedTo", query.updatedTo()),
                parameters.text("q", query.q(), 200),
                sort,
                ordered == null ? null : ordered.page(),
                ordered == null ? List.of() : ordered.after());
        parameters.validate();
        return filter;
    }

    /** The requester's id asked for ({@code me} once resolved), or null. */
    UUID requesterId() {
        return requester == null ? null : requester.id();
    }

    UUID assigneeId() {
        return assignee == null ? null : assignee.id();
    }

    /** Whether {@code me} stands for the caller somewhere, to be resolved before the list runs. */
    boolean mentionsMe() {
        return (requester != null && requester.me()) || (assignee != null && assignee.me());
    }

    /** The same filter with {@code me} read as the caller ({@code person}). */
    TicketFilter resolvedFor(UUID person) {
        return withPeople(
                requester == null ? null : requester.resolvedFor(person),
                assignee == null ? null : assignee.resolvedFor(person));
    }

    /** The same filter, limited to one requester's tickets. */
    TicketFilter onlyFor(UUID person) {
        return withPeople(new PersonFilter(person, false), assignee);
    }

    private TicketFilter withPeople(PersonFilter newRequester, PersonFilter newAssignee) {
        return new TicketFilter(
                statuses,
                type,
                category,
                priority,
                channel,
                newRequester,
                queueId,
                articleId,
                ciIds,
                newAssignee,
                key,
                createdFrom,
                createdTo,
                updatedFrom,
                updatedTo,
                text,
                sort,
                page,
                after);
    }
}
