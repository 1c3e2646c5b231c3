package db.migration;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** V21 folds what was recorded before the service folded search text itself, as the service would. */
@QuarkusTest
class FoldSearchTextTest {
    @Inject
    AgroalDataSource dataSource;

    private final TestUser agent = TestUser.with(Role.AGENT);

    @Test
    void shouldFoldTheSearchTextOfRowsRecordedBeforeTheServiceFoldedIt() throws SQLException {
        String token = UUID.randomUUID().toString().substring(0, 8);
        TestUser ivan = TestUser.with(Role.REQUESTER).withName("ИВАН ПЕТРОВ " + token);
        String person = ivan.signIn();
        String ticket = Api.as(ivan)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "DRUCKER IN DER STRAẞE %s"}""".formatted(token))
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        TestUser mary = TestUser.with(Role.REQUESTER).withName("MARY ASCII " + token);
        String asciiPerson = mary.signIn();
        // As the database's lower() left them under the C locale before V21, or worse.
        write("UPDATE person SET search_text = name WHERE id = ?::uuid", person);
        write("UPDATE person SET search_text = name WHERE id = ?::uuid", asciiPerson);
        write("UPDATE ticket SET search_subject = subject WHERE id = ?::uuid", ticket);
        Api.as(agent)
                .queryParam("q", "иван петров " + token)
                .get("/api/v1/people")
                .then()
                .body("items", empty());

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            new V21__Fold_search_text().migrate(context(connection));
            connection.commit();
        }

        Api.as(agent)
                .queryParam("q", "иван петров " + token)
                .get("/api/v1/people")
                .then()
                .body("items.id", contains(person));
        Api.as(agent)
                .queryParam("q", "mary ascii " + token)
                .get("/api/v1/people")
                .then()
                .body("items.id", contains(asciiPerson));
        Api.as(agent)
                .queryParam("q", "strasse " + token)
                .get("/api/v1/tickets")
                .then()
                .body("items.id", contains(ticket));
    }

    private void write(String sql, String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            statement.executeUpdate();
        }
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
