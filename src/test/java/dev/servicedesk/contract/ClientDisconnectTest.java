package dev.servicedesk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Clients that go away before their answer (a closed tab, a timed-out mobile request) take no
 * database connection with them: after many such requests, every connection is back in the pool
 * and none is left in an open transaction, and the service answers a burst of requests as before.
 */
@QuarkusTest
class ClientDisconnectTest {
    private static final int GONE = 60;
    private static final int BURST = 30;

    @Inject
    Pool pool;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private final TestUser requester = TestUser.with(Role.REQUESTER);

    @Test
    void shouldReturnEveryConnectionWhenClientsGoAwayMidRequest() throws Exception {
        requester.signIn();
        String body = """
                {"type": "INCIDENT", "subject": "Gone before the answer"}""";
        for (int i = 0; i < GONE; i++) {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/tickets HTTP/1.1\r\nHost: localhost\r\n"
                                + "Authorization: Bearer " + requester.token() + "\r\n"
                                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n"
                                + body)
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(i % 5); // gone at different points of the request's work
            }
        }

        List<CompletableFuture<Integer>> burst = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            burst.add(CompletableFuture.supplyAsync(
                    () -> Api.as(requester).get("/api/v1/tickets").statusCode()));
        }
        for (CompletableFuture<Integer> answer : burst) {
            assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int open = openTransactions();
        while (open > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            open = openTransactions();
        }
        assertThat(open).as("connections left in an open transaction").isZero();
    }

    /** Whatever is still left open, the database ends after a minute. */
    @Test
    void shouldHaveTheDatabaseEndATransactionLeftOpen() {
        String timeout = pool.query("SHOW idle_in_transaction_session_timeout")
                .execute()
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getString(0);
        assertThat(timeout).isEqualTo("1min");
    }

    /** The service's connections idle inside a transaction (a connection held and forgotten). */
    private int openTransactions() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password);
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("SELECT count(*) FROM pg_stat_activity WHERE state LIKE 'idle in transaction%'"
                                + " AND datname = current_database() AND pid <> pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
