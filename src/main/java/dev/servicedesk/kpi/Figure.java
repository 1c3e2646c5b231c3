package dev.servicedesk.kpi;

/**
 * A figure of the report that counts tickets (or, for a time, measures them): its name (its place
 * in the report), its source, and which of the source's rows it counts. A time figure measures
 * {@link #seconds()} over the rows where it is known.
 */
enum Figure {
    RECEIVED("volume.received", Source.RECEIVED, "true"),
    RESOLVED("volume.resolved", Source.LEFT_BACKLOG, Conditions.RESOLUTION),
    CANCELLED("volume.cancelled", Source.LEFT_BACKLOG, "s.closed_as = 'CANCELLED'"),
    REOPENED("volume.reopened", Source.REOPENED, "true"),
    CLOSED("volume.closed", Source.CLOSED, "true"),
    BACKLOG_START("backlog.start", Source.BACKLOG_START, "true"),
    BACKLOG_END("backlog.end", Source.BACKLOG_END, "true"),
    AGE_UNDER_ONE_DAY("backlog.ageing.underOneDay", Source.BACKLOG_END, Conditions.age(null, "1 day")),
    AGE_ONE_TO_THREE_DAYS("backlog.ageing.oneToThreeDays", Source.BACKLOG_END, Conditions.age("1 day", "3 days")),
    AGE_THREE_TO_SEVEN_DAYS("backlog.ageing.threeToSevenDays", Source.BACKLOG_END, Conditions.age("3 days", "7 days")),
    AGE_SEVEN_TO_THIRTY_DAYS(
            "backlog.ageing.sevenToThirtyDays", Source.BACKLOG_END, Conditions.age("7 days", "30 days")),
    AGE_THIRTY_DAYS_AND_MORE("backlog.ageing.thirtyDaysAndMore", Source.BACKLOG_END, Conditions.age("30 days", null)),
    FCR_RESOLVED("firstContactResolution.resolved", Source.RESOLVED, "true"),
    FCR_FIRST_CONTACT("firstContactResolution.firstContact", Source.RESOLVED, "t.first_contact_resolution IS TRUE"),
    ESCALATION_RESOLVED("escalation.resolved", Source.RESOLVED, "true"),
    ESCALATION_ESCALATED("escalation.escalated", Source.RESOLVED, "t.escalated"),
    REOPENING_RESOLUTIONS("reopening.resolutions", Source.LEFT_BACKLOG, Conditions.RESOLUTION),
    REOPENING_REOPENED(
            "reopening.reopened", Source.LEFT_BACKLOG, Conditions.RESOLUTION + " AND s.reopened_at IS NOT NULL"),
    FIRST_RESPONSE_MEASURED("slaCompliance.firstResponse.measured", Source.MET_CLOCKS, Conditions.FIRST_RESPONSE),
    FIRST_RESPONSE_MET(
            "slaCompliance.firstResponse.met",
            Source.MET_CLOCKS,
            Conditions.FIRST_RESPONSE + " AND " + Conditions.ON_TIME),
    FIRST_RESPONSE_BREACHED(
            "slaCompliance.firstResponse.breached",
            Source.MET_CLOCKS,
            Conditions.FIRST_RESPONSE + " AND NOT " + Conditions.ON_TIME),
    FIRST_RESPONSE_OVERDUE("slaCompliance.firstResponse.overdueOpen", Source.OVERDUE_CLOCKS, Conditions.FIRST_RESPONSE),
    RESOLUTION_MEASURED("slaCompliance.resolution.measured", Source.MET_CLOCKS, Conditions.RESOLUTION_CLOCK),
    RESOLUTION_MET(
            "slaCompliance.resolution.met",
            Source.MET_CLOCKS,
            Conditions.RESOLUTION_CLOCK + " AND " + Conditions.ON_TIME),
    RESOLUTION_BREACHED(
            "slaCompliance.resolution.breached",
            Source.MET_CLOCKS,
            Conditions.RESOLUTION_CLOCK + " AND NOT " + Conditions.ON_TIME),
    RESOLUTION_OVERDUE("slaCompliance.resolution.overdueOpen", Source.OVERDUE_CLOCKS, Conditions.RESOLUTION_CLOCK),
    FIRST_RESPONSE_WALL(
            "firstResponseTime.wall",
            Source.MET_CLOCKS,
            Conditions.FIRST_RESPONSE,
            Conditions.seconds("c.met_at - c.started_at")),
    FIRST_RESPONSE_BUSINESS(
            "firstResponseTime.business", Source.MET_CLOCKS, Conditions.FIRST_RESPONSE, "c.business_seconds"),
    RESOLUTION_WALL("resolutionTime.wall", Source.RESOLVED, "true", Conditions.seconds("t.resolved_at - t.created_at")),
    /** The resolution clocks met in the period are the resolved tickets' (of those with a policy). */
    RESOLUTION_BUSINESS(
            "resolutionTime.business", Source.MET_CLOCKS, Conditions.RESOLUTION_CLOCK, "c.business_seconds"),
    CSAT_ANSWERED("csat.answered", Source.SURVEYS, "true"),
    CSAT_SATISFIED("csat.satisfied", Source.SURVEYS, "u.overall >= 4"),
    KNOWLEDGE_RESOLVED("knowledge.resolved", Source.RESOLVED, "true"),
    KNOWLEDGE_WITH_ARTICLE("knowledge.solvedWithArticle", Source.RESOLVED, "t.resolution_article_id IS NOT NULL"),
    ARTICLES_FROM_TICKETS("knowledge.articlesFromTickets", Source.ARTICLES, "true"),
    OUTAGE_TICKETS("announcements.linkedTickets", Source.OUTAGES, "true");

    private final String path;
    private final Source source;
    private final String condition;
    private final String seconds;

    Figure(String path, Source source, String condition) {
        this(path, source, condition, null);
    }

    Figure(String path, Source source, String condition, String seconds) {
        this.path = path;
        this.source = source;
        this.condition = condition;
        this.seconds = seconds;
    }

    String path() {
        return path;
    }

    Source source() {
        return source;
    }

    /** Which of the source's rows it counts (for a time, where the time is known as well). */
    String condition() {
        return seconds == null ? condition : "(" + condition + ") AND " + seconds + " IS NOT NULL";
    }

    /** For a time figure, the whole seconds measured on a row; null for a count. */
    String seconds() {
        return seconds;
    }

    boolean isTime() {
        return seconds != null;
    }

    static Figure ofPath(String path) {
        for (Figure figure : values()) {
            if (figure.path.equals(path)) {
                return figure;
            }
        }
        return null;
    }

    /** Conditions more than one figure shares. */
    private static final class Conditions {
        static final String RESOLUTION = "s.closed_as = 'RESOLVED'";
        static final String FIRST_RESPONSE = "c.target = 'FIRST_RESPONSE'";
        static final String RESOLUTION_CLOCK = "c.target = 'RESOLUTION'";
        static final String ON_TIME = "c.met_at <= c.due_at";

        /** A backlog ticket's age at the end of the period (or now, if that is earlier) within [from, to). */
        static String age(String from, String to) {
            String age = "least(CAST(:to AS timestamptz), :asOf) - s.received_at";
            String lower = from == null ? null : age + " >= interval '" + from + "'";
            String upper = to == null ? null : age + " < interval '" + to + "'";
            return lower == null ? upper : upper == null ? lower : lower + " AND " + upper;
        }

        /** An interval in whole seconds, rounded down. */
        static String seconds(String interval) {
            return "CAST(floor(extract(epoch FROM " + interval + ")) AS bigint)";
        }
    }
}
