package dev.servicedesk.kpi;

import dev.servicedesk.kpi.dto.KpiFigures.Durations;
import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the report's statements counted, per cell: a group (null for all) and an interval (null
 * for the whole period). A cell nothing was counted in reads as zeros.
 */
final class KpiTally {
    record Cell(String group, Integer interval) {}

    /** The counts and times of one cell. */
    static final class Counts {
        private final Map<Figure, Long> counts = new EnumMap<>(Figure.class);
        private final Map<Figure, Durations> times = new EnumMap<>(Figure.class);
        private BigDecimal averageRating;
        private long outages;

        long count(Figure figure) {
            return figure.isTime() ? time(figure).count() : counts.getOrDefault(figure, 0L);
        }

        Durations time(Figure figure) {
            return times.getOrDefault(figure, Durations.NONE);
        }

        BigDecimal averageRating() {
            return averageRating;
        }

        long outages() {
            return outages;
        }
    }

    private static final Counts NOTHING = new Counts();

    private final Map<Cell, Counts> cells = new HashMap<>();
    private final Set<String> groups = new LinkedHashSet<>();

    /** Adds the rows of {@link KpiStatements#aggregate} for {@code source}'s {@code figures}. */
    void add(Source source, List<Figure> figures, Iterable<Row> rows) {
        for (Row row : rows) {
            String group = row.getString(0);
            if (group != null) {
                groups.add(group);
            }
            Counts counts = cells.computeIfAbsent(new Cell(group, row.getInteger(1)), cell -> new Counts());
            int column = 2;
            for (Figure figure : figures) {
                if (figure.isTime()) {
                    counts.times.put(
                            figure,
                            new Durations(
                                    row.getLong(column),
                                    row.getLong(column + 1),
                                    row.getLong(column + 2),
                                    row.getLong(column + 3)));
                    column += KpiStatements.TIME_COLUMNS;
                } else {
                    counts.counts.put(figure, row.getLong(column++));
                }
            }
            switch (source) {
                case SURVEYS -> counts.averageRating = row.getBigDecimal(column);
                case OUTAGES -> counts.outages = row.getLong(column);
                default -> {}
            }
        }
    }

    Counts at(String group, Integer interval) {
        return cells.getOrDefault(new Cell(group, interval), NOTHING);
    }

    /** The groups anything was counted in, in the order first seen. */
    Set<String> groups() {
        return groups;
    }
}
