package dev.servicedesk.common;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.mutiny.impl.MutinySessionImpl;

/**
 * A statement on a session's own connection (inside its transaction, if it has one), sent as it is
 * written rather than as a Hibernate native query: Hibernate Reactive never finds a native query's plan in its cache again (its result set
 * mappings equal only themselves), so every execution adds one to a hash bin that each later
 * execution of the statement searches, and a hot statement soon pays for thousands. The statement
 * takes $n parameters of types the PostgreSQL client knows (OffsetDateTime, not Instant).
 * {@link #select} sees what the session has flushed; {@link #selectFlushed} writes the session's
 * pending changes first, as Hibernate does before a native query. {@link #execute} and
 * {@link #executeFlushed} do the same for a write that answers no rows (a native update through
 * Hibernate also parses the statement anew and, not knowing what it touched, schedules the
 * invalidation of every entity's caches: some 5 % of a ticket create's CPU).
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
        return flushed(session).chain(() -> select(session, sql, parameters));
    }

    /** A write on the session's connection; answers how many rows it wrote. */
    public static Uni<Integer> execute(Mutiny.Session session, String sql, Object... parameters) {
        return Uni.createFrom()
                .completionStage(() ->
                        ((MutinySessionImpl) session).getReactiveConnection().update(sql, parameters));
    }

    /** As {@link #execute}, once a transaction's changes held in the session so far are written (rows it refers to). */
    public static Uni<Integer> executeFlushed(Mutiny.Session session, String sql, Object... parameters) {
        return flushed(session).chain(() -> execute(session, sql, parameters));
    }

    private static Uni<Void> flushed(Mutiny.Session session) {
        return session.currentTransaction() == null ? Uni.createFrom().voidItem() : session.flush();
    }
}
