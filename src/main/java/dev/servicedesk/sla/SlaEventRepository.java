package dev.servicedesk.sla;

import dev.servicedesk.common.DatabaseJson;
import dev.servicedesk.common.SessionSql;
import dev.servicedesk.common.SqlArrays;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class SlaEventRepository implements PanacheRepositoryBase<SlaEvent, UUID> {
    private static final String RECORD_NEW = """
            INSERT INTO sla_event (id, clock_id, ticket_id, queue_id, kind, target, threshold, level, escalation,
                                   started_at, due_at, occurred_at, recorded_at)
            SELECT e.id, e.clock_id, e.ticket_id, t.queue_id, e.kind, e.target, e.threshold, e.level, e.escalation,
                   e.started_at, e.due_at, e.occurred_at, CAST($12 AS timestamptz)
              FROM unnest(CAST($1 AS uuid[]), CAST($2 AS uuid[]), CAST($3 AS uuid[]),
                          CAST($4 AS text[]), CAST($5 AS text[]), CAST($6 AS integer[]),
                          CAST($7 AS integer[]), CAST(CAST($8 AS text[]) AS jsonb[]),
                          CAST(CAST($9 AS text[]) AS timestamptz[]), CAST(CAST($10 AS text[]) AS timestamptz[]),
                          CAST(CAST($11 AS text[]) AS timestamptz[]))
                   AS e(id, clock_id, ticket_id, kind, target, threshold, level, escalation, started_at, due_at,
                        occurred_at)
              JOIN ticket t ON t.id = e.ticket_id
                ON CONFLICT (clock_id, started_at, kind, threshold) DO NOTHING
            RETURNING id""";

    /**
     * Stores these events in one statement, each with its ticket's queue, skipping any already
     * recorded for the same clock run, kind and threshold; answers the ids of those it stored.
     */
    Uni<Set<UUID>> recordNew(List<SlaEvent> events, Instant now) {
        return getSession()
                .chain(session -> SessionSql.select(
                        session,
                        RECORD_NEW,
                        events.stream().map(SlaEvent::id).toArray(UUID[]::new),
                        events.stream().map(SlaEvent::clockId).toArray(UUID[]::new),
                        events.stream().map(SlaEvent::ticketId).toArray(UUID[]::new),
                        events.stream().map(e -> e.kind().name()).toArray(String[]::new),
                        events.stream().map(e -> e.target().name()).toArray(String[]::new),
                        events.stream().map(SlaEvent::threshold).toArray(Integer[]::new),
                        events.stream().map(SlaEvent::level).toArray(Integer[]::new),
                        events.stream()
                                .map(e -> e.escalation() == null ? null : DatabaseJson.write(e.escalation()))
                                .toArray(String[]::new),
                        SqlArrays.timestamps(events, SlaEvent::startedAt),
                        SqlArrays.timestamps(events, SlaEvent::dueAt),
                        SqlArrays.timestamps(events, SlaEvent::occurredAt),
                        now.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.stream().map(row -> (UUID) row[0]).collect(Collectors.toSet()));
    }

    /**
     * The oldest escalation level reached and not yet carried out, locked for this transaction;
     * one another replica holds is skipped. Null when none waits.
     */
    Uni<SlaEvent> claimUnhandledEscalation() {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT * FROM sla_event WHERE kind = 'ESCALATION' AND handled_at IS NULL"
                                        + " ORDER BY occurred_at, id LIMIT 1 FOR UPDATE SKIP LOCKED",
                                SlaEvent.class)
                        .getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** One page of events by when they occurred, one row long to tell whether more follow. */
    Uni<List<SlaEvent>> page(SlaEventFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            parameters.and("kind", filter.kind());
        }
        if (filter.ticketId() != null) {
            conditions.add("ticketId = :ticket");
            parameters.and("ticket", filter.ticketId());
        }
        if (filter.queueId() != null) {
            conditions.add("queueId = :queue");
            parameters.and("queue", filter.queueId());
        }
        if (filter.from() != null) {
            conditions.add("occurredAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("occurredAt < :to");
            parameters.and("to", filter.to());
        }
        filter.page().after().ifPresent(after -> {
            conditions.add("(occurredAt, id) > (:afterAt, :afterId)");
            parameters.and("afterAt", after.lastInstant()).and("afterId", after.lastId());
        });
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where + " order by occurredAt, id", parameters)
                .range(0, filter.page().fetchSize() - 1)
                .list();
    }
}
