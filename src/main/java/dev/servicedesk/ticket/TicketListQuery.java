package dev.servicedesk.ticket;

import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * The ticket list's query parameters as sent: strings, as every list binds them, so that a bad
 * value is a 400 naming the parameter (see {@link TicketFilter#parse}) rather than the
 * framework's 404; gathered in one record, as the list has many.
 */
public record TicketListQuery(
        @QueryParam("status") List<String> status,
        @QueryParam("type") String type,
        @QueryParam("category") String category,
        @QueryParam("priority") String priority,
        @QueryParam("channel") String channel,
        @QueryParam("requesterId") String requesterId,
        @QueryParam("queueId") String queueId,
        @QueryParam("articleId") String articleId,
        @QueryParam("ciId") List<String> ciId,
        @QueryParam("assigneeId") String assigneeId,
        @QueryParam("key") String key,
        @QueryParam("createdFrom") String createdFrom,
        @QueryParam("createdTo") String createdTo,
        @QueryParam("updatedFrom") String updatedFrom,
        @QueryParam("updatedTo") String updatedTo,
        @QueryParam("q") String q,
        @QueryParam("sort") String sort,
        @QueryParam("limit") String limit,
        @QueryParam("cursor") String cursor) {}
