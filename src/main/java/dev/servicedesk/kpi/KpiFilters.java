package dev.servicedesk.kpi;

import dev.servicedesk.common.SqlParameters;
import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Channel;
import dev.servicedesk.ticket.Priority;
import dev.servicedesk.ticket.TicketType;
import java.util.UUID;

/** Which tickets a report counts, by what they are now; null for any. */
record KpiFilters(
        Holder queue, Holder assignee, Category category, Channel channel, Priority priority, TicketType type) {

    /** A queue or an agent filtered on: this one, the caller ({@code me}), or none at all. */
    record Holder(UUID id, boolean me) {
        static final Holder NONE = new Holder(null, false);
        static final Holder ME = new Holder(null, true);

        boolean none() {
            return id == null && !me;
        }
    }

    /** The filters with {@code me} read as the caller. */
    KpiFilters resolvedFor(UUID caller) {
        Holder who = assignee != null && assignee.me() ? new Holder(caller, false) : assignee;
        return new KpiFilters(queue, who, category, channel, priority, type);
    }

    /** The conditions on the rows {@code alias} that carry the ticket's values. */
    String where(String alias) {
        StringBuilder where = new StringBuilder("true");
        holder(where, alias + ".queue_id", queue, ":queueId");
        holder(where, alias + ".assignee_id", assignee, ":assigneeId");
        value(where, alias + ".category", category, ":category");
        value(where, alias + ".channel", channel, ":channel");
        value(where, alias + ".priority", priority, ":priority");
        value(where, alias + ".type", type, ":type");
        return where.toString();
    }

    /** The values {@link #where} names. */
    void bind(SqlParameters parameters) {
        if (queue != null && !queue.none()) {
            parameters.with("queueId", queue.id());
        }
        if (assignee != null && !assignee.none()) {
            parameters.with("assigneeId", assignee.id());
        }
        bind(parameters, "category", category);
        bind(parameters, "channel", channel);
        bind(parameters, "priority", priority);
        bind(parameters, "type", type);
    }

    private static void holder(StringBuilder where, String column, Holder holder, String parameter) {
        if (holder != null) {
            where.append(" AND ").append(column).append(holder.none() ? " IS NULL" : " = " + parameter);
        }
    }

    private static void value(StringBuilder where, String column, Enum<?> value, String parameter) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ").append(parameter);
        }
    }

    private static void bind(SqlParameters parameters, String name, Enum<?> value) {
        if (value != null) {
            parameters.with(name, value);
        }
    }
}
