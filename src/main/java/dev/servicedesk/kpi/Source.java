package dev.servicedesk.kpi;

/**
 * Where a KPI's rows come from: the rows of the period
 * ({@code :from}, {@code :to}, and {@code :asOf}, the instant the report is read at) and the instant that
 * places each in the period and its interval. Every figure counts rows of one source, so that
 * a report and its drill-down read the same rows.
 */
enum Source {
    RECEIVED("backlog_span s", "s.seq = 1 AND s.opened_at >= :from AND s.opened_at < :to", "s.opened_at", "s", true),
    /** Each time a ticket left the backlog: resolved or cancelled. */
    LEFT_BACKLOG("backlog_span s", "s.closed_at >= :from AND s.closed_at < :to", "s.closed_at", "s", true),
    REOPENED("backlog_span s", "s.seq > 1 AND s.opened_at >= :from AND s.opened_at < :to", "s.opened_at", "s", true),
    CLOSED("ticket t", "t.closed_at >= :from AND t.closed_at < :to", "t.closed_at", "t", true),
    BACKLOG_START(
            "backlog_span s",
            "tstzrange(s.opened_at, s.closed_at, '[)') @> CAST(:from AS timestamptz)",
            "s.opened_at",
            "s",
            false),
    BACKLOG_END(
            "backlog_span s",
            "tstzrange(s.opened_at, s.closed_at, '[)') @> CAST(:to AS timestamptz)",
            "s.opened_at",
            "s",
            false),
    /** Tickets whose resolution falls in the period and that stay resolved. */
    RESOLVED(
            "ticket t",
            "t.resolved_at >= :from AND t.resolved_at < :to AND t.status IN ('RESOLVED', 'CLOSED')",
            "t.resolved_at",
            "t",
            true),
    /** Met clocks: a resolution clock is met when its ticket is resolved, and open again when it is reopened. */
    MET_CLOCKS("sla_clock c", "c.state = 'MET' AND c.met_at >= :from AND c.met_at < :to", "c.met_at", "c", true),
    OVERDUE_CLOCKS(
            "sla_clock c",
            "c.state IN ('RUNNING', 'PAUSED') AND c.due_at >= :from AND c.due_at < least(CAST(:to AS timestamptz), :asOf)",
            "c.due_at",
            "c",
            true),
    SURVEYS("survey u", "u.answered_at >= :from AND u.answered_at < :to", "u.answered_at", "u", true),
    ARTICLES(
            "kb_article a JOIN ticket t ON t.id = a.source_ticket_id",
            "a.created_at >= :from AND a.created_at < :to",
            "a.created_at",
            "t",
            true),
    OUTAGES(
            "announcement n JOIN announcement_ticket l ON l.announcement_id = n.id JOIN ticket t ON t.id = l.ticket_id",
            "n.type IN ('PLANNED_OUTAGE', 'UNPLANNED_OUTAGE', 'MAJOR_INCIDENT')"
                    + " AND n.published_at IS NOT NULL"
                    + " AND n.starts_at >= :from AND n.starts_at < :to",
            "n.starts_at",
            "t",
            true);

    private final String from;
    private final String where;
    private final String at;
    private final String grouped;
    private final boolean inIntervals;

    Source(String from, String where, String at, String grouped, boolean inIntervals) {
        this.from = from;
        this.where = where;
        this.at = at;
        this.grouped = grouped;
        this.inIntervals = inIntervals;
    }

    String from() {
        return from;
    }

    String where() {
        return where;
    }

    /**
     * The alias of the rows that carry the ticket's queue, agent, category, channel, priority and
     * type (as the ticket now has them): the ticket itself, or the spans, clocks and surveys, which
     * keep a copy so that a period is read without visiting its tickets.
     */
    String grouped() {
        return grouped;
    }

    /** The rows joined to their ticket {@code t}, for a drill-down's summaries. */
    String fromWithTicket() {
        return grouped.equals("t") ? from : from + " JOIN ticket t ON t.id = " + grouped + ".ticket_id";
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
