package dev.servicedesk.cmdb.change;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestCis;
import dev.servicedesk.support.TestEvents;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Change requests: assessed with the impact analysis, approved by risk, applied and rolled back at once. */
@QuarkusTest
class ChangeRequestTest {
    private final TestUser admin = TestUser.with(Role.ADMIN);
    private final TestUser agent = TestUser.with(Role.AGENT);
    private final TestUser supervisor = TestUser.with(Role.SUPERVISOR);

    @Test
    void shouldAssessApproveApplyAndRollBackAChangeAtOnce() {
        String database = TestCis.item("DATABASE", null, "HIGH");
        String application = TestCis.item("APPLICATION", null, "LOW");
        String reporting = TestCis.item("APPLICATION", null, "LOW");
        String oldServer = TestCis.item("SERVER", null, "LOW");
        TestCis.relate(application, "DEPENDS_ON", database, null);
        String runsOn = TestCis.relate(database, "RUNS_ON", oldServer, null);
        patchItem(database, """
                {"attributes": {"net": {"ip": "10.0.0.5"}}}""");
        Instant now = Instant.now();
        Response submitted =
                submit(agent, "NORMAL", now.minus(1, ChronoUnit.HOURS), now.plus(2, ChronoUnit.HOURS), """
                [{"op": "UPDATE_CI", "ciId": "%s", "set": {"status": "MAINTENANCE",
                  "attributes": {"array": "san-2", "net": {"vlan": 5}}}},
                 {"op": "RELATE", "sourceId": "%s", "type": "DEPENDS_ON", "targetId": "%s"},
                 {"op": "UNRELATE", "relationshipId": "%s"}]""".formatted(
                                database, reporting, database, runsOn));
        submitted
                .then()
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("key", containsString("CHG-"))
                .body("ciIds", contains(database, reporting, oldServer))
                .body("allowedTransitions", contains("ASSESSED", "CANCELLED"));
        String change = submitted.path("id");
        Api.as(agent)
                .get("/api/v1/cis/" + oldServer + "/impact")
                .then()
                .body("items.find { it.ci.id == '" + database + "' }.openChangeCount", equalTo(1))
                .body("items.find { it.ci.id == '" + database + "' }.openChanges[0].id", equalTo(change))
                .body("items.find { it.ci.id == '" + database + "' }.openChanges[0].status", equalTo("SUBMITTED"));

        move(agent, change, """
                {"to": "ASSESSED", "notes": "Reporting is down for the window"}""")
                .then()
                .statusCode(200)
                .body("status", equalTo("ASSESSED"))
                .body("risk", equalTo("MEDIUM"))
                .body("assessment.computedRisk", equalTo("MEDIUM"))
                .body("assessment.impact.items.ciId", hasItem(application))
                .body("conflicts", empty());
        problem(move(agent, change, """
                {"to": "APPROVED"}"""), 403, "forbidden"); // its requester
        problem(move(TestUser.with(Role.AGENT), change, """
                {"to": "APPROVED"}"""), 403, "forbidden"); // MEDIUM risk needs a supervisor
        move(supervisor, change, """
                {"to": "APPROVED"}""")
                .then()
                .statusCode(200)
                .body("decision.approved", equalTo(true))
                .body("decision.decidedById", equalTo(supervisor.signIn()));
        move(agent, change, """
                {"to": "SCHEDULED"}""").then().statusCode(200).body("scheduledStart", not(nullValue()));

        move(agent, change, """
                {"to": "IMPLEMENTED"}""").then().statusCode(200).body("status", equalTo("IMPLEMENTED"));
        Api.as(agent)
                .get("/api/v1/cis/" + database)
                .then()
                .body("status", equalTo("MAINTENANCE"))
                .body("attributes.array", equalTo("san-2"))
                .body("attributes.net", equalTo(Map.of("ip", "10.0.0.5", "vlan", 5)));
        assertThat(relationshipTypes(reporting)).containsExactly("DEPENDS_ON");
        assertThat(relationshipTypes(oldServer)).isEmpty();
        Api.as(agent)
                .get("/api/v1/cis/" + database + "/history")
                .then()
                .body("items.changeId", hasItem(change))
                .body("items.findAll { it.changeId == '" + change + "' }.action", hasItem("UNRELATED"));

        move(agent, change, """
                {"to": "FAILED", "notes": "The array is slower than promised"}""")
                .then()
                .statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("verification.outcome", equalTo("FAILED"));
        Api.as(agent)
                .get("/api/v1/cis/" + database)
                .then()
                .body("status", equalTo("IN_USE"))
                .body("attributes", not(hasKey("array")))
                .body("attributes.net", equalTo(Map.of("ip", "10.0.0.5")));
        assertThat(relationshipTypes(reporting)).isEmpty();
        assertThat(relationshipTypes(oldServer)).containsExactly("RUNS_ON");
        move(agent, change, """
                {"to": "CLOSED"}""").then().statusCode(200).body("closedAt", not(nullValue()));
        problem(move(agent, change, """
                {"to": "CANCELLED", "reason": "late"}"""), 409, "conflict").body("allowedTransitions", empty());
        JsonPath events = TestEvents.about(change);
        assertThat(events.getList("items.type", String.class)).containsExactly("change.approved", "change.implemented");
        assertThat(events.getList("items.actorId", String.class)).containsExactly(supervisor.signIn(), agent.signIn());
        assertThat(events.getString("items[1].data.change.implementedById")).isEqualTo(agent.signIn());
        assertThat(events.getList("items[1].data.change.ciIds", String.class))
                .containsExactly(database, reporting, oldServer);
        assertThat(TestEvents.about(database).getList("items.data.changeId", String.class))
                .contains(change);
    }

    @Test
    void shouldRollBackADecommissionItsItemsFirst() {
        String server = TestCis.item("SERVER", null, "LOW");
        String application = TestCis.item("APPLICATION", null, "LOW");
        String runsOn = TestCis.relate(application, "RUNS_ON", server, null);
        Instant now = Instant.now();
        String change = submit(
                        agent, "NORMAL", now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS), """
                [{"op": "UPDATE_CI", "ciId": "%s", "set": {"status": "RETIRED"}},
                 {"op": "UNRELATE", "relationshipId": "%s"}]""".formatted(
                                        server, runsOn))
                .path("id");
        move(agent, change, """
                {"to": "ASSESSED"}""").then().statusCode(200).body("risk", equalTo("LOW"));
        move(TestUser.with(Role.AGENT), change, """
                {"to": "APPROVED"}""").then().statusCode(200);
        move(agent, change, """
                {"to": "SCHEDULED"}""").then().statusCode(200);
        move(agent, change, """
                {"to": "IMPLEMENTED"}""").then().statusCode(200);
        assertThat(relationshipTypes(server)).isEmpty();

        move(agent, change, """
                {"to": "FAILED", "notes": "Still in use by the application"}""").then().statusCode(200);
        Api.as(agent).get("/api/v1/cis/" + server).then().body("status", equalTo("IN_USE"));
        assertThat(relationshipTypes(server)).containsExactly("RUNS_ON");
    }

    @Test
    void shouldWarnOfConflictsOnAssessmentAndBlockApprovalAndSchedulingUnlessOverridden() {
        String server = TestCis.item("SERVER", null, "LOW");
        String application = TestCis.item("APPLICATION", null, "LOW");
        TestCis.relate(application, "RUNS_ON", server, null);
        Instant start = Instant.parse("2027-03-01T20:00:00Z");
        String first = submit(agent, "NORMAL", start, start.plus(3, ChronoUnit.HOURS), update(server))
                .path("id");
        move(agent, first, """
                {"to": "ASSESSED"}""").then().statusCode(200).body("risk", equalTo("LOW"));
        // the second changes what runs on the server, an hour into the first's window
        String second = submit(
                        agent,
                        "NORMAL",
                        start.plus(1, ChronoUnit.HOURS),
                        start.plus(5, ChronoUnit.HOURS),
                        update(application))
                .path("id");
        move(agent, second, """
                {"to": "ASSESSED"}""")
                .then()
                .statusCode(200)
                .body("conflicts.kind", contains("CHANGE"))
                .body("conflicts[0].id", equalTo(first))
                .body("conflicts[0].ciIds", contains(server));

        TestUser approver = TestUser.with(Role.AGENT);
        problem(move(approver, second, """
                {"to": "APPROVED"}"""), 409, "conflict").body("detail", containsString("overrideReason"));
        move(approver, second, """
                {"to": "APPROVED", "overrideReason": "Both teams agreed to share the window"}""")
                .then()
                .statusCode(200)
                .body("decision.overrideReason", equalTo("Both teams agreed to share the window"));

        String blackout = Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "Close %s", "start": "2027-03-02T00:00:00Z", "end": "2027-03-03T00:00:00Z"}""".formatted(UUID.randomUUID()))
                .post("/api/v1/change-blackouts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try {
            problem(move(agent, second, """
                    {"to": "SCHEDULED", "start": "2027-03-02T01:00:00Z", "end": "2027-03-02T02:00:00Z"}"""), 409, "conflict").body("detail", containsString("blackout"));
            move(agent, second, """
                    {"to": "SCHEDULED", "start": "2027-03-02T01:00:00Z", "end": "2027-03-02T02:00:00Z",
                     "overrideReason": "The fix cannot wait"}""")
                    .then()
                    .statusCode(200)
                    .body("conflicts.kind", contains("BLACKOUT"))
                    .body("scheduleOverrideReason", equalTo("The fix cannot wait"));
            problem(move(agent, second, """
                    {"to": "IMPLEMENTED"}"""), 409, "conflict").body("detail", containsString("window starts"));
        } finally {
            Api.as(admin).delete("/api/v1/change-blackouts/" + blackout).then().statusCode(204);
        }
        problem(Api.as(admin).delete("/api/v1/change-blackouts/" + blackout), 404, "not-found");
    }

    @Test
    void shouldApproveAStandardChangeOnAssessmentAndNeverLowerTheRisk() {
        String printer = TestCis.item("PRINTER", null, "LOW");
        Instant start = Instant.parse("2027-05-01T08:00:00Z");
        String standard = submit(agent, "STANDARD", start, start.plus(1, ChronoUnit.HOURS), update(printer))
                .path("id");
        move(agent, standard, """
                {"to": "ASSESSED"}""")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decision.approved", equalTo(true))
                .body("decision.decidedById", nullValue());
        assertThat(TestEvents.about(standard).getList("items.type", String.class))
                .containsExactly("change.approved");

        String important = TestCis.item("SERVER", null, "HIGH");
        String notRoutine = submit(agent, "STANDARD", start, start.plus(1, ChronoUnit.HOURS), update(important))
                .path("id");
        move(agent, notRoutine, """
                {"to": "ASSESSED"}""")
                .then()
                .body("status", equalTo("ASSESSED"))
                .body("risk", equalTo("MEDIUM"))
                .body("decision", nullValue());

        String critical = TestCis.item("SERVICE", null, "CRITICAL");
        String risky = submit(agent, "NORMAL", start, start.plus(1, ChronoUnit.HOURS), update(critical))
                .path("id");
        problem(move(agent, risky, """
                {"to": "ASSESSED", "risk": "LOW"}"""), 400, "validation").body("errors.field", contains("risk"));
        move(agent, risky, """
                {"to": "ASSESSED"}""").then().body("risk", equalTo("HIGH"));
        problem(move(supervisor, risky, """
                {"to": "APPROVED"}"""), 403, "forbidden");
        problem(move(admin, risky, """
                {"to": "REJECTED"}"""), 400, "validation").body("errors.field", contains("notes"));
        move(admin, risky, """
                {"to": "REJECTED", "notes": "Not during the quarter"}""")
                .then()
                .statusCode(200)
                .body("decision.approved", equalTo(false))
                .body("allowedTransitions", contains("CLOSED"));
    }

    @Test
    void shouldApplyNothingWhenOneOperationCanNoLongerBeApplied() {
        String first = TestCis.item("SERVER");
        String second = TestCis.item("SERVER");
        String taken = "taken-" + UUID.randomUUID();
        Instant now = Instant.now();
        String change = submit(
                        agent,
                        "EMERGENCY",
                        now.minus(1, ChronoUnit.MINUTES),
                        now.plus(1, ChronoUnit.HOURS),
                        """
                [{"op": "UPDATE_CI", "ciId": "%s", "set": {"location": "Rack 9"}},
                 {"op": "UPDATE_CI", "ciId": "%s", "set": {"name": "%s"}}]""".formatted(first, second, taken))
                .path("id");
        move(agent, change, """
                {"to": "ASSESSED"}""").then().statusCode(200);
        problem(move(TestUser.with(Role.AGENT), change, """
                {"to": "APPROVED"}"""), 403, "forbidden"); // an emergency needs a supervisor
        move(supervisor, change, """
                {"to": "APPROVED"}""").then().statusCode(200);
        move(agent, change, """
                {"to": "SCHEDULED"}""").then().statusCode(200);
        String etag = Api.as(admin).get("/api/v1/cis/" + first).header("ETag");
        Api.as(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("""
                        {"name": "%s"}""".formatted(taken))
                .patch("/api/v1/cis/" + first)
                .then()
                .statusCode(200);

        problem(move(agent, change, """
                {"to": "IMPLEMENTED"}"""), 409, "conflict").body("detail", containsString("operations[1]"));
        Api.as(agent).get("/api/v1/cis/" + first).then().body("location", nullValue());
        Api.as(agent).get("/api/v1/changes/" + change).then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    void shouldRefuseOperationsAndMovesThatDoNotHold() {
        String item = TestCis.item("SERVER");
        Instant start = Instant.parse("2027-06-01T08:00:00Z");
        Instant end = start.plus(1, ChronoUnit.HOURS);
        problem(submit(agent, "NORMAL", start, end, """
                [{"op": "RELATE", "ciId": "%s", "sourceId": "%s", "type": "USES", "targetId": "%s"}]""".formatted(item, item, UUID.randomUUID())), 400, "validation")
                .body("errors.field", contains("operations[0].ciId"));
        problem(
                        submit(agent, "NORMAL", start, end, """
                [{"op": "UPDATE_CI", "ciId": "%s", "set": {"criticality": "ENORMOUS"}},
                 {"op": "UPDATE_CI", "ciId": "%s", "set": {}},
                 {"op": "RELATE", "sourceId": "%s", "type": "USES", "targetId": "%s"},
                 {"op": "UNRELATE", "relationshipId": "%s"}]""".formatted(
                                        item, UUID.randomUUID(), item, item, UUID.randomUUID())),
                        400,
                        "validation")
                .body(
                        "errors.field",
                        contains(
                                "operations[0].set.criticality",
                                "operations[1].ciId",
                                "operations[2].targetId",
                                "operations[3].relationshipId"));
        problem(submit(agent, "NORMAL", end, start, update(item)), 400, "validation")
                .body("errors.field", contains("plannedEnd"));

        String change = submit(agent, "NORMAL", start, end, update(item)).path("id");
        problem(move(agent, change, """
                {"to": "ASSESSED", "reason": "x"}"""), 400, "validation").body("errors.field", contains("reason"));
        problem(move(agent, change, """
                {"to": "IMPLEMENTED"}"""), 409, "conflict")
                .body("allowedTransitions", contains("ASSESSED", "CANCELLED"));
        problem(move(agent, change, """
                {"to": "CANCELLED"}"""), 400, "validation");
        problem(
                Api.hostile(agent)
                        .contentType("application/json")
                        .body("""
                                {"to": "CANCELLED", "reason": "No longer needed"}""")
                        .post("/api/v1/changes/" + change + "/transitions"),
                428,
                "precondition-required");
        move(agent, change, """
                {"to": "CANCELLED", "reason": "No longer needed"}""").then().statusCode(200).body("cancelReason", equalTo("No longer needed"));
        Api.as(agent)
                .queryParam("ciId", item)
                .get("/api/v1/changes")
                .then()
                .body("items.id", contains(change))
                .body("items[0].status", equalTo("CANCELLED"));
        problem(Api.as(TestUser.with(Role.REQUESTER)).get("/api/v1/changes/" + change), 403, "forbidden");
        problem(Api.as(agent).get("/api/v1/changes/" + UUID.randomUUID()), 404, "not-found");
    }

    private Response submit(TestUser user, String type, Instant start, Instant end, String operations) {
        return Api.hostile(user)
                .contentType("application/json")
                .body("""
                        {"type": "%s", "title": "Change %s", "plannedStart": "%s", "plannedEnd": "%s", "operations": %s}""".formatted(type, UUID.randomUUID(), start, end, operations))
                .post("/api/v1/changes");
    }

    private static String update(String item) {
        return """
                [{"op": "UPDATE_CI", "ciId": "%s", "set": {"location": "Site B"}}]""".formatted(item);
    }

    private static Response move(TestUser user, String change, String json) {
        String etag = Api.as(user).get("/api/v1/changes/" + change).header("ETag");
        return Api.hostile(user)
                .contentType("application/json")
                .header("If-Match", etag)
                .body(json)
                .post("/api/v1/changes/" + change + "/transitions");
    }

    private void patchItem(String item, String json) {
        String etag = Api.as(admin).get("/api/v1/cis/" + item).header("ETag");
        Api.as(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(json)
                .patch("/api/v1/cis/" + item)
                .then()
                .statusCode(200);
    }

    private List<String> relationshipTypes(String item) {
        List<Map<String, Object>> items =
                Api.as(agent).get("/api/v1/cis/" + item + "/relationships").path("items");
        return items.stream()
                .map(relationship -> (String) relationship.get("type"))
                .toList();
    }
}
