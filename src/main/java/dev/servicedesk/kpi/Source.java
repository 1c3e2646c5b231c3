package dev.servicedesk.kpi;

/**
 * Where a KPI's rows come from, joined to their ticket {@code t}: the rows of the period
 * ({@code :from}, {@code :to}, and {@code :asOf}, the instant the report is read at) and the instant that
 * places each in the period and its interval. Every figure counts rows of one source, so that
 * a report and its drill-down read the same rows.
 */
enum Source {
    RECEIVED("ticket t", "t.created_at >= :from AND t.created_at < :to", "t.created_at", true),
    /** Each time a ticket left the backlog: resolved or cancelled. */
    LEFT_BACKLOG(
            "backlog_span s JOIN ticket t ON t.id = s.ticket_id",
            "s.closed_at >= :from AND s.closed_at < :to",
            "s.closed_at",
            true),
    REOPENED(
            "backlog_span s JOIN ticket t ON t.id = s.ticket_id",
            "s.seq > 1 AND s.opened_at >= :from AND s.opened_at < :to",
            "s.opened_at",
            true),
    CLOSED("ticket t", "t.closed_at >= :from AND t.closed_at < :to", "t.closed_at", true),
    BACKLOG_START(
            "backlog_span s JOIN ticket t ON t.id = s.ticket_id",
            "tstzrange(s.opened_at, s.closed_at, '[)') @> CAST(:from AS timestamptz)",
            "s.opened_at",
            false),
    BACKLOG_END(
            "backlog_span s JOIN ticket t ON t.id = s.ticket_id",
            "tstzrange(s.opened_at, s.closed_at, '[)') @> CAST(:to AS timestamptz)",
            "s.opened_at",
            false),
    /** Tickets whose resolution falls in the period and that stay resolved, with their resolution clock. */
    RESOLVED(
            "ticket t LEFT JOIN sla_clock c ON c.ticket_id = t.id AND c.target = 'RESOLUTION' AND c.state = 'MET'",
            "t.resolved_at >= :from AND t.resolved_at < :to AND t.status IN ('RESOLVED', 'CLOSED')",
            "t.resolved_at",
            true),
    MET_CLOCKS(
            "sla_clock c JOIN ticket t ON t.id = c.ticket_id",
            "c.state = 'MET' AND c.met_at >= :from AND c.met_at < :to",
            "c.met_at",
            true),
    OVERDUE_CLOCKS(
            "sla_clock c JOIN ticket t ON t.id = c.ticket_id",
            "c.state IN ('RUNNING', 'PAUSED') AND c.due_at >= :from AND c.due_at < least(CAST(:to AS timestamptz), :asOf)",
            "c.due_at",
            true),
    SURVEYS(
            "survey u JOIN ticket t ON t.id = u.ticket_id",
            "u.answered_at >= :from AND u.answered_at < :to",
            "u.answered_at",
            true),
    ARTICLES(
            "kb_article a JOIN ticket t ON t.id = a.source_ticket_id",
            "a.created_at >= :from AND a.created_at < :to",
            "a.created_at",
            true),
    OUTAGES(
            "announcement n JOIN announcement_ticket l ON l.announcement_id = n.id JOIN ticket t ON t.id = l.ticket_id",
            "n.type IN ('PLANNED_OUTAGE', 'UNPLANNED_OUTAGE', 'MAJOR_INCIDENT')"
                    + " AND n.status IN ('SCHEDULED', 'PUBLISHED', 'ARCHIVED')"
                    + " AND n.starts_at >= :from AND n.starts_at < :to",
            "n.starts_at",
            true);

    private final String from;
    private final String where;
    private final String at;
    private final boolean inIntervals;

    Source(String from, String where, String at, boolean inIntervals) {
        this.from = from;
        this.where = where;
        this.at = at;
        this.inIntervals = inIntervals;
    }

    String from() {
        return from;
    }

    String where() {
        return where;
    }

    /** The instant that places a row in the period and in its interval. */
    String at() {
        return at;
    }

    /**
     * Whether its rows fall in intervals; the backlog is read at the period's ends only (an
     * interval's is reconciled from the flows).
     */
    boolean inIntervals() {
        return inIntervals;
    }

    /** A row's tie-breaker after {@link #at()} in a drill-down: an article may share its ticket. */
    String rowId() {
        return this == ARTICLES ? "a.id" : "t.id";
    }
}
