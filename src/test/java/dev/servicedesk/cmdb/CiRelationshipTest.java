package dev.servicedesk.cmdb;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestCis;
import dev.servicedesk.support.TestEvents;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Relationships between configuration items: a directed graph, read both ways, every change in both items' history. */
@QuarkusTest
class CiRelationshipTest {
    private final TestUser admin = TestUser.with(Role.ADMIN);
    private final TestUser agent = TestUser.with(Role.AGENT);

    @Test
    void shouldRelateItemsAndShowEachSideItsOwnName() {
        String app = TestCis.item("APPLICATION");
        String server = TestCis.item("SERVER");
        String other = TestCis.item("SERVER");
        Response created = relate(app, "RUNS_ON", server, " App-Servers ");
        created.then()
                .statusCode(201)
                .body("type", equalTo("RUNS_ON"))
                .body("direction", equalTo("OUTGOING"))
                .body("label", equalTo("runs on"))
                .body("redundancyGroup", equalTo("app-servers"))
                .body("other.id", equalTo(server));
        relate(app, "RUNS_ON", other, "APP-SERVERS").then().statusCode(201);
        relate(server, "DEPENDS_ON", app, null).then().statusCode(201); // a cycle is allowed
        assertThat(TestEvents.about(other).getList("items.data.action", String.class))
                .containsExactly("CREATED", "RELATED");
        assertThat(TestEvents.about(app).getList("items.data.action", String.class))
                .containsExactly("CREATED", "RELATED", "RELATED", "RELATED");

        Api.as(agent)
                .get("/api/v1/cis/" + server + "/relationships")
                .then()
                .statusCode(200)
                .body("items.label", equalTo(List.of("depends on", "hosts")))
                .body("items.direction", equalTo(List.of("OUTGOING", "INCOMING")))
                .body(
                        "items[1].other.name",
                        equalTo(Api.as(agent).get("/api/v1/cis/" + app).path("name")));
        Api.as(agent)
                .queryParam("direction", "INCOMING")
                .get("/api/v1/cis/" + app + "/relationships")
                .then()
                .body("items.label", equalTo(List.of("is needed by")));

        String relationship = created.path("id");
        Api.as(admin)
                .delete("/api/v1/cis/" + server + "/relationships/" + relationship)
                .then()
                .statusCode(204);
        problem(Api.as(admin).delete("/api/v1/cis/" + app + "/relationships/" + relationship), 404, "not-found");
        Map<String, Object> removed = Map.of(
                "id",
                relationship,
                "type",
                "RUNS_ON",
                "sourceId",
                app,
                "targetId",
                server,
                "redundancyGroup",
                "app-servers");
        Api.as(agent)
                .get("/api/v1/cis/" + app + "/history")
                .then()
                .body("items.action", equalTo(List.of("UNRELATED", "RELATED", "RELATED", "RELATED", "CREATED")))
                .body("items[0].changes[0].field", equalTo("relationships"))
                .body("items[0].changes[0].new", nullValue())
                .body("items[0].changes[0].old", equalTo(removed))
                .body("items[3].changes[0].new", equalTo(removed));
        Api.as(agent)
                .get("/api/v1/cis/" + server + "/history")
                .then()
                .body("items.action", equalTo(List.of("UNRELATED", "RELATED", "RELATED", "CREATED")))
                .body("items[0].changes[0].old", equalTo(removed));
        Api.as(agent)
                .get("/api/v1/cis/" + other + "/history")
                .then()
                .body("items.action", equalTo(List.of("RELATED", "CREATED")))
                .body("items[0].changes[0].new.targetId", equalTo(other));
    }

    @Test
    void shouldPageThroughBothDirectionsNewestFirst() {
        String hub = TestCis.item("NETWORK_DEVICE");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String peer = TestCis.item("SERVER");
            Response relationship = i % 2 == 0 ? relate(hub, "USES", peer, null) : relate(peer, "USES", hub, null);
            expected.add(0, relationship.path("id"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as(agent).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/cis/" + hub + "/relationships");
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(seen).isEqualTo(expected);
        Api.as(agent)
                .queryParam("direction", "OUTGOING")
                .get("/api/v1/cis/" + hub + "/relationships")
                .then()
                .body("items.id", equalTo(List.of(expected.get(0), expected.get(2), expected.get(4))));
    }

    @Test
    void shouldRefuseWhatIsNoRelationship() {
        String app = TestCis.item("APPLICATION");
        String server = TestCis.item("SERVER");
        String database = TestCis.item("DATABASE");
        relate(app, "USES", server, null).then().statusCode(201);
        problem(relate(app, "USES", server, null), 409, "conflict");
        relate(app, "CONNECTED_TO", server, null).then().statusCode(201);
        problem(relate(server, "CONNECTED_TO", app, null), 409, "conflict");
        relate(server, "USES", app, null).then().statusCode(201); // the other way round is another relationship
        problem(relate(app, "USES", app, "  "), 400, "validation")
                .body("errors.field", equalTo(List.of("redundancyGroup", "targetId")));
        problem(relate(app, "PART_OF", server, "group"), 400, "validation")
                .body("errors.field", equalTo(List.of("redundancyGroup")));
        relate(app, "DEPENDS_ON", database, "pair").then().statusCode(201);
        problem(relate(app, "RUNS_ON", server, "pair"), 400, "validation")
                .body("errors.field", equalTo(List.of("redundancyGroup")));
        problem(relate(app, "USES", UUID.randomUUID().toString(), null), 400, "validation")
                .body("errors.field", equalTo(List.of("targetId")));
        problem(relate(UUID.randomUUID().toString(), "USES", server, null), 404, "not-found");
        problem(Api.as(agent).get("/api/v1/cis/" + UUID.randomUUID() + "/relationships"), 404, "not-found");
        problem(
                Api.hostile(agent).queryParam("direction", "SIDEWAYS").get("/api/v1/cis/" + app + "/relationships"),
                400,
                "validation");

        String retired = Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "old %s", "type": "SERVER", "status": "RETIRED"}""".formatted(UUID.randomUUID()))
                .post("/api/v1/cis")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        problem(relate(app, "RUNS_ON", retired, null), 409, "conflict");

        problem(
                Api.as(agent)
                        .contentType("application/json")
                        .body("""
                                {"type": "USES", "targetId": "%s"}""".formatted(server))
                        .post("/api/v1/cis/" + app + "/relationships"),
                403,
                "forbidden");
        problem(Api.as(TestUser.with(Role.REQUESTER)).get("/api/v1/cis/" + app + "/relationships"), 403, "forbidden");
        problem(Api.as(admin).delete("/api/v1/cis/" + app + "/relationships/" + UUID.randomUUID()), 404, "not-found");
    }

    @Test
    void shouldReplayARelationshipSentAgainWithTheSameKey() {
        String app = TestCis.item("APPLICATION");
        String server = TestCis.item("SERVER");
        String key = UUID.randomUUID().toString();
        String body = """
                {"type": "RUNS_ON", "targetId": "%s"}""".formatted(server);
        Response first = Api.as(admin)
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/cis/" + app + "/relationships");
        first.then().statusCode(201);
        Api.as(admin)
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/cis/" + app + "/relationships")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        problem(
                Api.as(admin)
                        .header("Idempotency-Key", key)
                        .contentType("application/json")
                        .body("""
                                {"type": "USES", "targetId": "%s"}""".formatted(server))
                        .post("/api/v1/cis/" + app + "/relationships"),
                422,
                "idempotency-key-reused");
    }

    /** A request the contract allows (the service may still refuse it), answered as the contract says. */
    private Response relate(String source, String type, String target, String group) {
        return Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"type": "%s", "targetId": "%s", "redundancyGroup": %s}""".formatted(type, target, group == null ? "null" : "\"" + group + "\""))
                .post("/api/v1/cis/" + source + "/relationships");
    }
}
