package dev.servicedesk.kpi;

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

    /** The conditions on the ticket {@code t}, with their values added to {@code sql}. */
    String where(SqlParameters sql) {
        StringBuilder where = new StringBuilder("true");
        holder(where, sql, "t.queue_id", queue);
        holder(where, sql, "t.assignee_id", assignee);
        value(where, sql, "t.category", category);
        value(where, sql, "t.channel", channel);
        value(where, sql, "t.priority", priority);
        value(where, sql, "t.type", type);
        return where.toString();
    }

    private static void holder(StringBuilder where, SqlParameters sql, String column, Holder holder) {
        if (holder != null) {
            where.append(" AND ").append(column).append(holder.none() ? " IS NULL" : " = " + sql.add(holder.id()));
        }
    }

    private static void value(StringBuilder where, SqlParameters sql, String column, Enum<?> value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ").append(sql.add(value.name()));
        }
    }
}
