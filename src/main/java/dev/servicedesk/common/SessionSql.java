package dev.servicedesk.common;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.mutiny.impl.MutinySessionImpl;

/**
 * A statement that answers rows (a SELECT, or a write's RETURNING) on a session's own connection
 * (inside its transaction, if it has one), sent as it is written rather than as a Hibernate native
 * query: Hibernate Reactive never finds a native query's plan in its cache again (its result set
 * mappings equal only themselves), so every execution adds one to a hash bin that each later
 * execution of the statement searches, and a hot statement soon pays for thousands. The statement
 * takes $n parameters of types the PostgreSQL client knows (OffsetDateTime, not Instant).
 * {@link #select} sees what the session has flushed; {@link #selectFlushed} writes the session's
 * pending changes first, as Hibernate does before a native query.
 */
public final class SessionSql {
    private SessionSql() {}

    public static Uni<List<Object[]>> select(Mutiny.Session session, String sql, Object... parameters) {
        return Uni.createFrom()
                .completionStage(() ->
                        ((MutinySessionImpl) session).getReactiveConnection().select(sql, parameters))
                .map(result -> {
                    List<Object[]> rows = new ArrayList<>();
                    result.forEachRemaining(rows::add);
                    return rows;
                });
    }

    /** As {@link #select}, once a transaction's changes held in the session so far are written. */
    public static Uni<List<Object[]>> selectFlushed(Mutiny.Session session, String sql, Object... parameters) {
        Uni<Void> flushed =
                session.currentTransaction() == null ? Uni.createFrom().voidItem() : session.flush();
        return flushed.chain(() -> select(session, sql, parameters));
    }
}
