package dev.servicedesk.ticket;

import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The ticket list's query parameters as sent: strings, so that a bad value is a 400 naming the
 * field (see {@link TicketFilter#parse}) rather than the framework's 404.
 */
public record TicketListQuery(
        @RestQuery List<String> status,
        @RestQuery String type,
        @RestQuery String category,
        @RestQuery String priority,
        @RestQuery String channel,
        @RestQuery String requesterId,
        @RestQuery String queueId,
        @RestQuery String assigneeId,
        @RestQuery String key,
        @RestQuery String createdFrom,
        @RestQuery String createdTo,
        @RestQuery String updatedFrom,
        @RestQuery String updatedTo,
        @RestQuery String q,
        @RestQuery String sort,
        @RestQuery String limit,
        @RestQuery String cursor) {}
