package dev.servicedesk.sla;

import dev.servicedesk.common.DatabaseJson;
import dev.servicedesk.common.SqlArrays;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class SlaEventRepository implements PanacheRepositoryBase<SlaEvent, UUID> {
    private static final String RECORD_NEW = """
            INSERT INTO sla_event (id, clock_id, ticket_id, queue_id, kind, target, threshold, level, escalation,
                                   started_at, due_at, occurred_at, recorded_at)
            SELECT e.id, e.clock_id, e.ticket_id, t.queue_id, e.kind, e.target, e.threshold, e.level, e.escalation,
                   e.started_at, e.due_at, e.occurred_at, :now
              FROM unnest(CAST(:ids AS uuid[]), CAST(:clocks AS uuid[]), CAST(:tickets AS uuid[]),
                          CAST(:kinds AS text[]), CAST(:targets AS text[]), CAST(:thresholds AS integer[]),
                          CAST(:levels AS integer[]), CAST(CAST(:escalations AS text[]) AS jsonb[]),
                          CAST(CAST(:starts AS text[]) AS timestamptz[]), CAST(CAST(:dues AS text[]) AS timestamptz[]),
                          CAST(CAST(:occurrences AS text[]) AS timestamptz[]))
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
                .chain(session -> session.createNativeQuery(RECORD_NEW, UUID.class)
                        .setParameter("ids", events.stream().map(SlaEvent::id).toArray(UUID[]::new))
                        .setParameter(
                                "clocks", events.stream().map(SlaEvent::clockId).toArray(UUID[]::new))
                        .setParameter(
                                "tickets",
                                events.stream().map(SlaEvent::ticketId).toArray(UUID[]::new))
                        .setParameter(
                                "kinds",
                                events.stream().map(e -> e.kind().name()).toArray(String[]::new))
                        .setParameter(
                                "targets",
                                events.stream().map(e -> e.target().name()).toArray(String[]::new))
                        .setParameter(
                                "thresholds",
                                events.stream().map(SlaEvent::threshold).toArray(Integer[]::new))
                        .setParameter(
                                "levels", events.stream().map(SlaEvent::level).toArray(Integer[]::new))
                        .setParameter(
                                "escalations",
                                events.stream()
                                        .map(e -> e.escalation() == null ? null : DatabaseJson.write(e.escalation()))
                                        .toArray(String[]::new))
                        .setParameter("starts", SqlArrays.timestamps(events, SlaEvent::startedAt))
                        .setParameter("dues", SqlArrays.timestamps(events, SlaEvent::dueAt))
                        .setParameter("occurrences", SqlArrays.timestamps(events, SlaEvent::occurredAt))
                        .setParameter("now", now)
                        .getResultList())
                .map(Set::copyOf);
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
