package dev.servicedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A long statement run again on a connection is executed as prepared there, not parsed and planned anew. */
@QuarkusTest
class PreparedStatementsTest {
    @Inject
    Pool pool;

    @Test
    void shouldKeepALongStatementPreparedOnItsConnection() {
        String marker = "long-statement-" + "x".repeat(3_000);
        String statement = "SELECT $1::int AS answer /* " + marker + " */";

        long prepared = pool.withConnection(connection -> connection
                        .preparedQuery(statement)
                        .execute(Tuple.of(1))
                        .chain(() -> connection.preparedQuery(statement).execute(Tuple.of(2)))
                        .chain(() -> connection
                                .preparedQuery("SELECT count(*) AS prepared FROM pg_prepared_statements"
                                        + " WHERE strpos(statement, $1) > 0")
                                .execute(Tuple.of(marker))))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong("prepared");

        assertThat(prepared).isEqualTo(1);
    }
}
