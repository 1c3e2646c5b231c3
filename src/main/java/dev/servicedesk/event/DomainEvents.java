package dev.servicedesk.event;

import dev.servicedesk.common.DatabaseJson;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.SessionSql;
import dev.servicedesk.common.SqlArrays;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The outbox: features record their events here inside the transaction that makes the change, so
 * an event exists exactly when its change committed. {@link EventSequencer} then gives each its
 * place in commit order and in its subject's stream, woken by the notification PostgreSQL sends
 * on {@link #RECORDED} when the transaction commits (V49).
 */
@ApplicationScoped
public class DomainEvents {
    /** The topic the database announces recorded events on (V49 names it too). */
    static final String RECORDED = "domain-events";

    /** Nothing it writes refers to a row of the transaction, so the session need not be flushed first. */
    private static final String INSERT = """
            INSERT INTO domain_event (id, type, subject_type, subject_id, actor_id, occurred_at, data)
            SELECT id, type, subject_type, subject_id, actor_id, occurred_at, data
              FROM unnest(CAST($1 AS uuid[]), CAST($2 AS text[]), CAST($3 AS text[]), CAST($4 AS uuid[]),
                          CAST($5 AS uuid[]), CAST(CAST($6 AS text[]) AS timestamptz[]),
                          CAST(CAST($7 AS text[]) AS jsonb[]))
                   WITH ORDINALITY AS e(id, type, subject_type, subject_id, actor_id, occurred_at, data, n)
             ORDER BY n""";

    public Uni<Void> record(NewEvent event) {
        return record(List.of(event));
    }

    /** Records {@code events} in this order, in the caller's transaction. */
    public Uni<Void> record(List<NewEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> SessionSql.execute(
                        session,
                        INSERT,
                        events.stream().map(e -> Ids.newId()).toArray(UUID[]::new),
                        events.stream().map(e -> e.type().wireName()).toArray(String[]::new),
                        events.stream().map(e -> e.type().subject().wireName()).toArray(String[]::new),
                        events.stream().map(NewEvent::subjectId).toArray(UUID[]::new),
                        events.stream().map(NewEvent::actorId).toArray(UUID[]::new),
                        SqlArrays.timestamps(events, NewEvent::occurredAt),
                        events.stream().map(e -> DatabaseJson.write(e.data())).toArray(String[]::new)))
                .replaceWithVoid();
    }
}
