package dev.servicedesk.kpi;

import dev.servicedesk.announcement.AnnouncementType;
import dev.servicedesk.common.SqlParameters;
import dev.servicedesk.kpi.dto.KpiOutage;
import dev.servicedesk.kpi.dto.KpiTicket;
import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Channel;
import dev.servicedesk.ticket.Priority;
import dev.servicedesk.ticket.TicketStatus;
import dev.servicedesk.ticket.TicketType;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads a report's figures in one read-only snapshot, so that they reconcile even while tickets
 * change; and a figure's rows for the drill-down.
 */
@ApplicationScoped
class KpiReader {
    /** Each source with the figures counted from it, in a stable order. */
    private static final Map<Source, List<Figure>> FIGURES = Arrays.stream(Figure.values())
            .collect(Collectors.groupingBy(Figure::source, () -> new EnumMap<>(Source.class), Collectors.toList()));

    private final Pool pool;

    KpiReader(Pool pool) {
        this.pool = pool;
    }

    /** What a report reads: the tally, the groups' names, and the outages. */
    record Read(KpiTally tally, Map<String, String> names, List<KpiOutage> outages) {}

    Uni<Read> read(KpiRequest request, SqlParameters parameters, KpiCriteria criteria) {
        Period period = request.period();
        parameters.with(
                "boundaries",
                period.boundaries().stream()
                        .map(boundary -> boundary.atOffset(ZoneOffset.UTC))
                        .toArray(OffsetDateTime[]::new));
        return pool.withTransaction(connection -> connection
                .query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                .execute()
                .chain(() -> tally(connection, request, parameters, criteria))
                .chain(tally -> names(connection, request.grouping(), tally, parameters)
                        .chain(names -> outages(connection, parameters, criteria)
                                .map(outages -> new Read(tally, names, outages)))));
    }

    private Uni<KpiTally> tally(
            SqlConnection connection, KpiRequest request, SqlParameters parameters, KpiCriteria criteria) {
        KpiTally tally = new KpiTally();
        return Multi.createFrom()
                .iterable(FIGURES.entrySet())
                .onItem()
                .transformToUniAndConcatenate(entry -> {
                    SqlParameters.Bound bound = parameters.bind(KpiStatements.aggregate(
                            entry.getKey(), entry.getValue(), request.grouping(), request.period(), criteria));
                    return connection
                            .preparedQuery(bound.sql())
                            .execute(bound.parameters())
                            .invoke(rows -> tally.add(entry.getKey(), entry.getValue(), rows));
                })
                .collect()
                .last()
                .replaceWith(tally);
    }

    private Uni<Map<String, String>> names(
            SqlConnection connection, Grouping grouping, KpiTally tally, SqlParameters parameters) {
        if (grouping != Grouping.QUEUE && grouping != Grouping.ASSIGNEE) {
            return Uni.createFrom().item(Map.of());
        }
        UUID[] ids = tally.groups().stream()
                .filter(key -> !key.equals(Grouping.NONE))
                .map(UUID::fromString)
                .toArray(UUID[]::new);
        SqlParameters.Bound bound = parameters.with("ids", ids).bind(KpiStatements.names(grouping));
        return connection.preparedQuery(bound.sql()).execute(bound.parameters()).map(rows -> {
            Map<String, String> names = new HashMap<>();
            rows.forEach(row -> names.put(row.getString(0), row.getString(1)));
            return names;
        });
    }

    private Uni<List<KpiOutage>> outages(SqlConnection connection, SqlParameters parameters, KpiCriteria criteria) {
        SqlParameters.Bound bound = parameters.bind(KpiStatements.outages(criteria));
        return connection.preparedQuery(bound.sql()).execute(bound.parameters()).map(rows -> {
            List<KpiOutage> outages = new ArrayList<>();
            rows.forEach(row -> outages.add(new KpiOutage(
                    row.getUUID(0),
                    AnnouncementType.valueOf(row.getString(1)),
                    row.getOffsetDateTime(2).toInstant(),
                    row.getLong(3))));
            return outages;
        });
    }

    /** One page (plus one row) of the rows {@code figure} counts. */
    Uni<List<Drilled>> drill(
            Figure figure, SqlParameters parameters, KpiCriteria criteria, boolean after, boolean announcement) {
        String sql = KpiStatements.drill(figure, criteria, after, announcement);
        SqlParameters.Bound bound = parameters.bind(sql);
        return pool.preparedQuery(bound.sql()).execute(bound.parameters()).map(rows -> {
            List<Drilled> drilled = new ArrayList<>();
            rows.forEach(row -> drilled.add(drilled(row)));
            return drilled;
        });
    }

    /** A drill-down row: the ticket counted, and the row's id for the next page's cursor. */
    record Drilled(KpiTicket ticket, UUID rowId) {}

    private static Drilled drilled(Row row) {
        KpiTicket.Summary summary = new KpiTicket.Summary(
                row.getUUID(0),
                row.getString(1),
                TicketType.valueOf(row.getString(2)),
                TicketStatus.valueOf(row.getString(3)),
                Priority.valueOf(row.getString(4)),
                Category.valueOf(row.getString(5)),
                Channel.valueOf(row.getString(6)),
                row.getString(7),
                row.getUUID(8),
                row.getUUID(9),
                row.getOffsetDateTime(10).toInstant());
        return new Drilled(
                new KpiTicket(row.getOffsetDateTime(11).toInstant(), row.getLong(13), row.getInteger(14), summary),
                row.getUUID(12));
    }
}
