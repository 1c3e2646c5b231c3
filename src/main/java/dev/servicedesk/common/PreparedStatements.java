package dev.servicedesk.common;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnectOptions;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL pool as Quarkus configures it, except that every statement up to {@link
 * #SQL_LIMIT} characters stays prepared on its connection. The client's own limit (2,048) left the
 * longer ones (a ticket's document, article suggestions, the notification fan-out) parsed and
 * planned anew on every execution. The options are those Quarkus resolved at start: a credentials
 * provider (none is configured here) would not be asked again for each new connection.
 */
@Singleton
public class PreparedStatements implements PgPoolCreator {
    static final int SQL_LIMIT = 16_384;

    @Override
    public Pool create(Input input) {
        List<SqlConnectOptions> databases = new ArrayList<>();
        input.pgConnectOptionsList()
                .forEach(options -> databases.add(options.setPreparedStatementCacheSqlLimit(SQL_LIMIT)));
        return PgBuilder.pool()
                .with(input.poolOptions())
                .connectingTo(databases)
                .using(input.vertx())
                .build();
    }
}
