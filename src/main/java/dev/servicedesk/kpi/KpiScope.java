package dev.servicedesk.kpi;

import java.util.UUID;

/**
 * The tickets a caller may report on: an agent their own and their queues' (as a member), a
 * supervisor also those of the queues they supervise; admins and integrations every ticket.
 */
record KpiScope(UUID personId, boolean everything, boolean supervisor) {

    /** The condition on the ticket {@code t}. */
    String where(SqlParameters sql) {
        if (everything) {
            return "true";
        }
        String me = sql.add(personId);
        String queues = "SELECT m.queue_id FROM queue_member m WHERE m.person_id = " + me
                + (supervisor ? " UNION SELECT q.id FROM queue q WHERE q.supervisor_id = " + me : "");
        return "(t.assignee_id = " + me + " OR t.queue_id IN (" + queues + "))";
    }
}
