package dev.servicedesk.kpi;

import dev.servicedesk.common.SqlParameters;
import java.util.UUID;

/**
 * The tickets a caller may report on: an agent their own and their queues' (as a member), a
 * supervisor also those of the queues they supervise; admins and integrations every ticket.
 */
record KpiScope(UUID personId, boolean everything, boolean supervisor) {

    /** The condition on the rows {@code alias} that carry the ticket's queue and agent. */
    String where(String alias) {
        if (everything) {
            return "true";
        }
        String queues = "SELECT m.queue_id FROM queue_member m WHERE m.person_id = :me"
                + (supervisor ? " UNION SELECT q.id FROM queue q WHERE q.supervisor_id = :me" : "");
        return "(" + alias + ".assignee_id = :me OR " + alias + ".queue_id IN (" + queues + "))";
    }

    /** The values {@link #where} names. */
    void bind(SqlParameters parameters) {
        if (!everything) {
            parameters.with("me", personId);
        }
    }
}
