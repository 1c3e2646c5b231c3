package dev.servicedesk.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements a report reads: per source, its figures per group and interval in one pass
 * (grouping sets: overall, per group, per interval, per group and interval); the outages; and a
 * figure's rows for the drill-down. Every statement counts the tickets of the caller's scope and
 * filters only.
 */
final class KpiStatements {
    private KpiStatements() {}

    /** The columns of a time figure: how many were measured, the average, median and 90th percentile. */
    static final int TIME_COLUMNS = 4;

    /**
     * Figures of {@code source}: columns {@code grp} (null for all groups), {@code bucket} (the
     * interval's index, null for the whole period), then each figure's count (a time figure's
     * {@link #TIME_COLUMNS}), then the source's own extras (see {@link #extras}).
     */
    static String aggregate(
            Source source, List<Figure> figures, Grouping grouping, Period period, KpiCriteria criteria) {
        boolean grouped = grouping != null;
        boolean split = period.intervals() > 1 && source.inIntervals();
        String alias = source.grouped();
        // Grouped by the column itself (a uuid sorts faster than its text); GROUPING() tells a
        // row of all groups (null) from the group of tickets in no queue ('none').
        String group = grouped ? grouping.column(alias) : null;
        String bucket = split ? "width_bucket(" + source.at() + ", :boundaries)" : null;
        List<String> sets = new ArrayList<>(List.of("()"));
        if (grouped) {
            sets.add("(" + group + ")");
        }
        if (split) {
            sets.add("(" + bucket + ")");
        }
        if (grouped && split) {
            sets.add("(" + group + ", " + bucket + ")");
        }
        List<String> columns = new ArrayList<>(List.of(
                grouped
                        ? "CASE GROUPING(" + group + ") WHEN 0 THEN " + grouping.key(alias) + " END"
                        : "CAST(NULL AS text)",
                split ? "CASE GROUPING(" + bucket + ") WHEN 0 THEN " + bucket + " END" : "CAST(NULL AS integer)"));
        for (Figure figure : figures) {
            columns.addAll(aggregates(figure));
        }
        columns.addAll(extras(source));
        return "SELECT " + String.join(", ", columns) + " FROM " + source.from() + " WHERE " + source.where() + " AND "
                + criteria.where(source.grouped()) + " GROUP BY GROUPING SETS (" + String.join(", ", sets) + ")";
    }

    private static List<String> aggregates(Figure figure) {
        String filter = " FILTER (WHERE " + figure.condition() + ")";
        if (!figure.isTime()) {
            return List.of("count(*)" + filter);
        }
        String value = figure.seconds();
        return List.of(
                "count(*)" + filter,
                "CAST(round(avg(" + value + ")" + filter + ") AS bigint)",
                "percentile_disc(0.5) WITHIN GROUP (ORDER BY " + value + ")" + filter,
                "percentile_disc(0.9) WITHIN GROUP (ORDER BY " + value + ")" + filter);
    }

    /** What a source reads besides counts: the surveys' average rating; how many outages. */
    static List<String> extras(Source source) {
        return switch (source) {
            case SURVEYS -> List.of("round(avg(u.overall), 2)");
            case OUTAGES -> List.of("count(DISTINCT n.id)");
            default -> List.of();
        };
    }

    /**
     * Every outage starting in the period, by start, with how many of the tickets counted are
     * linked to it (none, too).
     */
    static String outages(KpiCriteria criteria) {
        return "SELECT n.id, n.type, n.starts_at, count(t.id) FROM announcement n"
                + " LEFT JOIN (announcement_ticket l JOIN ticket t ON t.id = l.ticket_id AND " + criteria.where("t")
                + ") ON l.announcement_id = n.id WHERE " + Source.OUTAGES.where()
                + " GROUP BY n.id, n.type, n.starts_at ORDER BY n.starts_at, n.id";
    }

    /**
     * A page of the rows {@code figure} counts, by the instant that placed them and their id, after
     * {@code :afterAt}/{@code :afterId} when {@code after} (of one outage, {@code :announcement}, when
     * {@code announcement}): the ticket's summary columns, the
     * instant, the row id, the seconds measured and the rating.
     */
    static String drill(Figure figure, KpiCriteria criteria, boolean after, boolean announcement) {
        Source source = figure.source();
        String at = source.at();
        String id = source.rowId();
        List<String> where =
                new ArrayList<>(List.of(source.where(), criteria.where(source.grouped()), figure.condition()));
        if (announcement) {
            where.add("n.id = :announcement");
        }
        if (after) {
            where.add("(" + at + ", " + id + ") > (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))");
        }
        return "SELECT t.id, t.ticket_key, t.type, t.status, t.priority, t.category, t.channel, t.subject,"
                + " t.queue_id, t.assignee_id, t.created_at, " + at + " AS at, " + id + " AS row_id, "
                + (figure.isTime() ? figure.seconds() : "CAST(NULL AS bigint)") + ", "
                + (source == Source.SURVEYS ? "u.overall" : "CAST(NULL AS integer)") + " FROM "
                + source.fromWithTicket()
                + " WHERE " + where.stream().map(c -> "(" + c + ")").collect(Collectors.joining(" AND "))
                + " ORDER BY at, row_id LIMIT :limit";
    }

    /** The names of the groups' queues or agents. */
    static String names(Grouping grouping) {
        return grouping == Grouping.QUEUE
                ? "SELECT CAST(id AS text), name FROM queue WHERE id = ANY (:ids)"
                : "SELECT CAST(id AS text), coalesce(name, email, subject) FROM person WHERE id = ANY (:ids)";
    }
}
