package dev.servicedesk.sla;

import dev.servicedesk.common.Ids;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class SlaEventRepository implements PanacheRepositoryBase<SlaEvent, UUID> {
    /** Once per clock run and threshold, whoever records it first; the ticket's queue as it is now. */
    private static final String RECORD = """
            INSERT INTO sla_event (id, clock_id, ticket_id, queue_id, kind, target, threshold, started_at, due_at,
                                   occurred_at, recorded_at)
            SELECT CAST(:id AS uuid), CAST(:clock AS uuid), t.id, t.queue_id, CAST(:kind AS text),
                   CAST(:target AS text), CAST(:threshold AS integer), CAST(:started AS timestamptz),
                   CAST(:due AS timestamptz), CAST(:occurred AS timestamptz), CAST(:recorded AS timestamptz)
              FROM ticket t WHERE t.id = CAST(:ticket AS uuid)
            ON CONFLICT (clock_id, started_at, threshold) DO NOTHING""";

    /** Whether this call recorded the event (false when it was recorded before). */
    Uni<Boolean> record(SlaClock clock, SlaClock.Crossing crossing, Instant startedAt, Instant dueAt, Instant now) {
        return getSession()
                .chain(session -> session.createNativeQuery(RECORD)
                        .setParameter("id", Ids.newId())
                        .setParameter("clock", clock.id())
                        .setParameter("ticket", clock.ticketId())
                        .setParameter(
                                "kind",
                                (crossing.threshold() >= 100 ? SlaEventKind.BREACH : SlaEventKind.WARNING).name())
                        .setParameter("target", clock.target().name())
                        .setParameter("threshold", crossing.threshold())
                        .setParameter("started", startedAt)
                        .setParameter("due", dueAt)
                        .setParameter("occurred", crossing.at())
                        .setParameter("recorded", now)
                        .executeUpdate())
                .map(rows -> rows == 1);
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
