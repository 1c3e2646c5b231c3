package dev.servicedesk.cmdb;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
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
        String app = item("APPLICATION");
        String server = item("SERVER");
        String other = item("SERVER");
        Response created = relate(app, "RUNS_ON", server, "app-servers");
        created.then()
                .statusCode(201)
                .body("type", equalTo("RUNS_ON"))
                .body("direction", equalTo("OUTGOING"))
                .body("label", equalTo("runs on"))
                .body("redundancyGroup", equalTo("app-servers"))
                .body("other.id", equalTo(server));
        relate(app, "RUNS_ON", other, "app-servers").then().statusCode(201);
        relate(server, "DEPENDS_ON", app, null).then().statusCode(201); // a cycle is allowed

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
                .queryParam("direction", "OUTGOING")
                .queryParam("type", "RUNS_ON")
                .queryParam("limit", 1)
                .get("/api/v1/cis/" + app + "/relationships")
                .then()
                .body("items.other.id", equalTo(List.of(other)));

        String relationship = created.path("id");
        Api.as(admin)
                .delete("/api/v1/cis/" + server + "/relationships/" + relationship)
                .then()
                .statusCode(204);
        problem(Api.as(admin).delete("/api/v1/cis/" + app + "/relationships/" + relationship), 404, "not-found");
        Api.as(agent)
                .get("/api/v1/cis/" + app + "/history")
                .then()
                .body("items.action", equalTo(List.of("UNRELATED", "RELATED", "RELATED", "RELATED", "CREATED")))
                .body("items[0].changes[0].field", equalTo("relationships"))
                .body("items[0].changes[0].new", nullValue())
                .body(
                        "items[0].changes[0].old",
                        equalTo(Map.of(
                                "id",
                                relationship,
                                "type",
                                "RUNS_ON",
                                "sourceId",
                                app,
                                "targetId",
                                server,
                                "redundancyGroup",
                                "app-servers")));
        Api.as(agent)
                .get("/api/v1/cis/" + server + "/history")
                .then()
                .body("items.action", equalTo(List.of("UNRELATED", "RELATED", "RELATED", "CREATED")));
    }

    @Test
    void shouldRefuseWhatIsNoRelationship() {
        String app = item("APPLICATION");
        String server = item("SERVER");
        relate(app, "USES", server, null).then().statusCode(201);
        problem(relate(app, "USES", server, null), 409, "conflict");
        problem(relate(app, "USES", app, null), 400, "validation");
        problem(relate(app, "PART_OF", server, "group"), 400, "validation");
        problem(relate(app, "USES", UUID.randomUUID().toString(), null), 400, "validation");
        problem(relate(UUID.randomUUID().toString(), "USES", server, null), 404, "not-found");
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

    private Response relate(String source, String type, String target, String group) {
        return Api.hostile(admin)
                .contentType("application/json")
                .body("""
                        {"type": "%s", "targetId": "%s", "redundancyGroup": %s}""".formatted(type, target, group == null ? "null" : "\"" + group + "\""))
                .post("/api/v1/cis/" + source + "/relationships");
    }

    private String item(String type) {
        return Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "%s %s", "type": "%s"}""".formatted(type.toLowerCase(), UUID.randomUUID(), type))
                .post("/api/v1/cis")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
