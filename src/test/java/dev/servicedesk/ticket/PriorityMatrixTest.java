package dev.servicedesk.ticket;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PriorityMatrixTest {
    private static final String PATH = "/api/v1/priority-matrix";
    private final TestUser admin = TestUser.with(Role.ADMIN);
    private final TestUser agent = TestUser.with(Role.AGENT);

    @Inject
    Pool pool;

    @AfterEach
    void restoreTheDefault() {
        replace(admin, etag(), cells(defaults())).then().statusCode(200);
    }

    @Test
    void shouldGiveNewTicketsThePriorityOfTheReplacedMatrixAtOnce() {
        assertThat(priorityOfNewLowLowTicket()).isEqualTo("LOW");
        List<Map<String, String>> cells = defaults();
        cells.get(8).put("priority", "INFORMATIONAL");

        replace(admin, etag(), cells(cells)).then().statusCode(200);

        assertThat(priorityOfNewLowLowTicket()).isEqualTo("INFORMATIONAL");
    }

    @Test
    void shouldHearOfAMatrixChangedByAnotherReplica() {
        assertThat(priorityOfNewLowLowTicket()).isEqualTo("LOW");

        pool.withTransaction(connection -> connection
                        .query("UPDATE priority_matrix_cell SET priority = 'INFORMATIONAL'"
                                + " WHERE impact = 'LOW' AND urgency = 'LOW'")
                        .execute()
                        .chain(() -> connection
                                .query("UPDATE priority_matrix SET version = version + 1")
                                .execute())
                        .chain(() -> connection
                                .query("SELECT pg_notify('servicedesk_changes', 'priority_matrix')")
                                .execute()))
                .await()
                .indefinitely();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String priority = priorityOfNewLowLowTicket();
        while (!priority.equals("INFORMATIONAL") && System.nanoTime() < deadline) {
            priority = priorityOfNewLowLowTicket();
        }
        assertThat(priority).isEqualTo("INFORMATIONAL");
    }

    @Test
    void shouldLetEveryRoleReadTheMatrixWithItsETag() {
        for (Role role : Role.values()) {
            Api.as(TestUser.with(role))
                    .get(PATH)
                    .then()
                    .statusCode(200)
                    .header("ETag", notNullValue())
                    .body("cells", hasSize(9))
                    .body("cells[0].impact", equalTo("HIGH"))
                    .body("cells[0].urgency", equalTo("HIGH"))
                    .body("cells[0].priority", equalTo("CRITICAL"));
        }
    }

    @Test
    void shouldLetAnAdminReplaceItAndRecordWho() {
        String me = Api.as(admin).get("/api/v1/me").then().extract().path("id");
        List<Map<String, String>> cells = defaults();
        cells.get(8).put("priority", "INFORMATIONAL");
        String before = etag();

        Response replaced = replace(admin, before, cells(cells));

        replaced.then()
                .statusCode(200)
                .body("cells[8].priority", equalTo("INFORMATIONAL"))
                .body("updatedBy", equalTo(me));
        assertThat(replaced.header("ETag")).isNotEqualTo(before);
        Api.as(TestUser.with(Role.AGENT)).get(PATH).then().body("cells[8].priority", equalTo("INFORMATIONAL"));
    }

    @Test
    void shouldForbidEveryoneButAdmins() {
        for (Role role : List.of(Role.REQUESTER, Role.AGENT, Role.SUPERVISOR, Role.INTEGRATION)) {
            problem(replace(TestUser.with(role), etag(), cells(defaults())), 403, "forbidden");
        }
    }

    @Test
    void shouldRequireIfMatch() {
        problem(
                Api.hostile(admin)
                        .contentType("application/json")
                        .body(cells(defaults()))
                        .put(PATH),
                428,
                "precondition-required");
    }

    @Test
    void shouldRejectAStaleETag() {
        String stale = etag();
        replace(admin, stale, cells(defaults())).then().statusCode(200);

        problem(replace(admin, stale, cells(defaults())), 412, "precondition-failed");
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentReplacementsWin() {
        String etag = etag();
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(
                () -> replace(admin, etag, cells(defaults())).statusCode());
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(
                () -> replace(admin, etag, cells(defaults())).statusCode());

        assertThat(List.of(first.join(), second.join())).containsExactlyInAnyOrder(200, 412);
    }

    @Test
    void shouldRejectAMatrixWithoutEveryPair() {
        List<Map<String, String>> cells = defaults();
        cells.get(8).put("impact", "HIGH");
        cells.get(8).put("urgency", "HIGH");

        problem(replace(admin, etag(), cells(cells)), 400, "validation").body("errors.field", contains("cells"));
        problem(replace(admin, etag(), cells(defaults().subList(0, 8))), 400, "validation")
                .body("errors.field", contains("cells"));
    }

    @Test
    void shouldNameTheCellOfAnUnknownOrMissingValue() {
        List<Map<String, String>> unknown = defaults();
        unknown.get(2).put("priority", "URGENT");
        problem(replace(admin, etag(), cells(unknown)), 400, "validation")
                .body("errors.field", contains("cells[2].priority"))
                .body("errors.message", contains("must be one of [CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL]"));

        List<Map<String, String>> missing = defaults();
        missing.get(3).remove("priority");
        problem(replace(admin, etag(), cells(missing)), 400, "validation")
                .body("errors.field", contains("cells[3].priority"));
    }

    @Test
    void shouldRejectBodiesThatAreNotAMatrix() {
        problem(replace(admin, etag(), """
                {"cells": ["""), 400, "malformed-body");
        problem(replace(admin, etag(), """
                {"cells": [], "colour": 1}"""), 400, "validation").body("errors.field", contains("colour"));
        problem(replace(admin, etag(), ""), 400, "validation").body("errors.field", contains("body"));
        problem(
                Api.hostile(admin)
                        .header("If-Match", etag())
                        .contentType("text/plain")
                        .body("x")
                        .put(PATH),
                415,
                "unsupported-media-type");
    }

    private String priorityOfNewLowLowTicket() {
        return Api.as(agent)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "Mouse squeaks", "impact": "LOW", "urgency": "LOW"}""")
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("priority");
    }

    private String etag() {
        return Api.as(admin).get(PATH).then().statusCode(200).extract().header("ETag");
    }

    private static Response replace(TestUser user, String etag, String body) {
        return Api.hostile(user)
                .contentType("application/json")
                .header("If-Match", etag)
                .body(body)
                .put(PATH);
    }

    private static List<Map<String, String>> defaults() {
        String[][] rows = {
            {"HIGH", "HIGH", "CRITICAL"}, {"HIGH", "MEDIUM", "HIGH"}, {"HIGH", "LOW", "MEDIUM"},
            {"MEDIUM", "HIGH", "HIGH"}, {"MEDIUM", "MEDIUM", "MEDIUM"}, {"MEDIUM", "LOW", "LOW"},
            {"LOW", "HIGH", "MEDIUM"}, {"LOW", "MEDIUM", "LOW"}, {"LOW", "LOW", "LOW"}
        };
        List<Map<String, String>> cells = new ArrayList<>();
        for (String[] row : rows) {
            cells.add(new HashMap<>(Map.of("impact", row[0], "urgency", row[1], "priority", row[2])));
        }
        return cells;
    }

    private static String cells(List<Map<String, String>> cells) {
        StringBuilder json = new StringBuilder("{\"cells\":[");
        for (int i = 0; i < cells.size(); i++) {
            Map<String, String> cell = cells.get(i);
            json.append(i == 0 ? "" : ",").append('{');
            json.append(String.join(
                    ",",
                    cell.entrySet().stream()
                            .map(entry -> "\"" + entry.getKey() + "\":\"" + entry.getValue() + "\"")
                            .toList()));
            json.append('}');
        }
        return json.append("]}").toString();
    }
}
