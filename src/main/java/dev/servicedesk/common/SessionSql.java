package dev.servicedesk.common;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.mutiny.impl.MutinySessionImpl;

/**
 * A SELECT on a session's own connection (inside its transaction, if it has one), sent as it is
 * written rather than as a Hibernate native query: Hibernate Reactive never finds a native query's
 * plan in its cache again (its result set mappings equal only themselves), so every execution
 * adds one to a hash bin that each later execution of the statement searches, and a hot statement
 * soon pays for thousands. The statement takes $n parameters of types the PostgreSQL client knows
 * (OffsetDateTime, not Instant); it sees what the session has flushed, so flush first where the
 * session may hold unwritten changes it must see.
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
}
