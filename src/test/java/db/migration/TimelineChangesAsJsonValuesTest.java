package db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** V23 turns the old and new values that older entries kept as JSON text into the JSON values they stand for. */
@QuarkusTest
class TimelineChangesAsJsonValuesTest {
    private static final String MIGRATION = "db/migration/V23__timeline_changes_as_json_values.sql";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldTurnChangesKeptAsTextIntoJsonValues() throws Exception {
        TestUser agent = TestQueues.frontLineAgent();
        String ticket = TestTickets.printerJam(TestUser.with(Role.REQUESTER));
        // As an edit and a routing rule recorded them before V23.
        insert(ticket, "UPDATED", """
                {"changes": [
                  {"field": "affectedUsers", "from": null, "to": "12"},
                  {"field": "affectedSystems", "from": "[]", "to": "[\\"PRN-3F\\"]"},
                  {"field": "environment", "from": "{}", "to": "{\\"os\\":\\"Windows 11\\"}"},
                  {"field": "subject", "from": "Printer", "to": "[not JSON] printer"}
                ]}""");
        insert(ticket, "ROUTED", """
                {"rule": {"id": "%s", "name": "printers"}, "changes": [
                  {"field": "tags", "from": "vpn", "to": "vpn,printer"},
                  {"field": "impact", "from": "MEDIUM", "to": "HIGH"}
                ]}""".formatted(UUID.randomUUID()));

        migrate();

        List<Map<String, Object>> entries = Api.as(agent)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(changes(entries, "UPDATED"))
                .containsExactly(
                        change("affectedUsers", null, 12),
                        change("affectedSystems", List.of(), List.of("PRN-3F")),
                        change("environment", Map.of(), Map.of("os", "Windows 11")),
                        change("subject", "Printer", "[not JSON] printer"));
        assertThat(changes(entries, "ROUTED"))
                .containsExactly(
                        change("tags", List.of("vpn"), List.of("vpn", "printer")), change("impact", "MEDIUM", "HIGH"));

        assertThatThrownBy(() ->
                        execute("UPDATE timeline_entry SET body = 'rewritten' WHERE ticket_id = '" + ticket + "'"))
                .hasMessageContaining("append-only"); // the guard is back once the rewrite is done
        migrate(); // a second run changes nothing
        assertThat(changes(
                        Api.as(agent)
                                .get("/api/v1/tickets/" + ticket + "/timeline")
                                .then()
                                .extract()
                                .path("items"),
                        "ROUTED"))
                .containsExactly(
                        change("tags", List.of("vpn"), List.of("vpn", "printer")), change("impact", "MEDIUM", "HIGH"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> changes(List<Map<String, Object>> entries, String kind) {
        return entries.stream()
                .filter(entry -> entry.get("kind").equals(kind))
                .findFirst()
                .map(entry -> (List<Map<String, Object>>) entry.get("changes"))
                .orElseThrow();
    }

    private static Map<String, Object> change(String field, Object from, Object to) {
        Map<String, Object> change = new HashMap<>();
        change.put("field", field);
        change.put("from", from);
        change.put("to", to);
        return change;
    }

    private void insert(String ticketId, String kind, String details) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO timeline_entry (id, ticket_id, kind, visibility, details, created_at)"
                                + " VALUES (gen_random_uuid(), ?::uuid, ?, 'INTERNAL', ?::jsonb, now())")) {
            statement.setString(1, ticketId);
            statement.setString(2, kind);
            statement.setString(3, details);
            statement.executeUpdate();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void migrate() throws SQLException, IOException {
        String script;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(MIGRATION)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(script);
        }
    }
}
