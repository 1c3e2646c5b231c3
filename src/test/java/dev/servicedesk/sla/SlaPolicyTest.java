package dev.servicedesk.sla;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static dev.servicedesk.support.TestQueues.queue;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SlaPolicyTest {
    private static final String POLICIES = "/api/v1/sla-policies";
    private static final String OSLO_OFFICE = """
            {"name": "%s", "timeZone": "Europe/Oslo", "week": {"MONDAY": [{"start": "08:00", "end": "16:00"}],
             "TUESDAY": [{"start": "08:00", "end": "16:00"}], "WEDNESDAY": [{"start": "08:00", "end": "16:00"}],
             "THURSDAY": [{"start": "08:00", "end": "16:00"}], "FRIDAY": [{"start": "08:00", "end": "16:00"}]}}""";

    private final TestUser admin = TestUser.with(Role.ADMIN);
    private final TestUser agent = TestUser.with(Role.AGENT);
    /** A department no other test's tickets have, so that this test's policies apply only to its probes. */
    private final String department = "Dept " + UUID.randomUUID();

    @Test
    void shouldCreateAPolicyWithDefaultsAndChangeIt() {
        String calendar = calendar();
        Response created = create(admin, """
                {"name": "%s", "calendarId": "%s", "conditions": {"requesterDepartments": ["%s"]},
                 "targets": {"HIGH": {"firstResponseMinutes": 60,
                 "resolutionMinutes": 480}}}""".formatted(unique("Standard"), calendar, department));
        created.then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("enabled", equalTo(true))
                .body("calendarId", equalTo(calendar))
                .body("targets.HIGH.resolutionMinutes", equalTo(480))
                .body("targets.HIGH.updateMinutes", nullValue())
                .body("pauseWhen[0].status", equalTo("PENDING"))
                .body("pauseWhen[0].pendingReason", equalTo("AWAITING_REQUESTER"))
                .body("warningThresholds", contains(75, 90))
                .body("escalationLevels", empty())
                .body("firstResponseMetBy", contains("PUBLIC_REPLY", "STATUS_CHANGE"));
        String path = created.header("Location");

        String etag = Api.as(agent).get(path).then().statusCode(200).extract().header("ETag");
        patch(etag, path, """
                        {"targets": {"CRITICAL": {"firstResponseMinutes": 15, "resolutionMinutes": 240}},
                         "warningThresholds": [90, 50], "escalationLevels": [{"target": "RESOLUTION", "atPercent": 100,
                         "recipients": ["QUEUE_SUPERVISOR"], "raisePriority": true}]}""")
                .then()
                .statusCode(200)
                .body("targets.HIGH.firstResponseMinutes", equalTo(60))
                .body("targets.CRITICAL.firstResponseMinutes", equalTo(15))
                .body("warningThresholds", contains(50, 90))
                .body("escalationLevels[0].recipients", contains("QUEUE_SUPERVISOR"));
        problem(patch(etag, path, """
                {"enabled": false}"""), 412, "precondition-failed");

        String current = Api.as(admin).get(path).header("ETag");
        Api.as(admin).header("If-Match", current).delete(path).then().statusCode(204);
        problem(Api.hostile(admin).get(path), 404, "not-found");
    }

    @Test
    void shouldRejectPoliciesThatCouldNotWork() {
        String calendar = calendar();
        invalid("""
                {"name": "x", "calendarId": "%s", "targets": {}}""".formatted(calendar), "targets");
        invalid("""
                {"name": "x", "calendarId": "%s", "targets": {"LOW": {"firstResponseMinutes": 600,
                 "resolutionMinutes": 60}}}""".formatted(calendar), "targets.LOW.resolutionMinutes");
        invalid("""
                {"name": "x", "calendarId": "%s", %s}""".formatted(UUID.randomUUID(), low()), "calendarId");
        invalid("""
                {"name": "x", "calendarId": "%s", %s,
                 "conditions": {"queueIds": ["%s"]}}""".formatted(calendar, low(), UUID.randomUUID()), "conditions.queueIds[0]");
        invalid("""
                {"name": "x", "calendarId": "%s", %s,
                 "pauseWhen": [{"status": "OPEN", "pendingReason": "AWAITING_CHANGE"}]}""".formatted(calendar, low()), "pauseWhen[0].pendingReason");
        invalid("""
                {"name": "x", "calendarId": "%s", %s,
                 "pauseWhen": [{"status": "RESOLVED"}]}""".formatted(calendar, low()), "pauseWhen[0].status");
        invalid("""
                {"name": "x", "calendarId": "%s", %s, "escalationLevels": [{"target": "RESOLUTION",
                 "atPercent": 80}]}""".formatted(calendar, low()), "escalationLevels[0]");
        problem(create(admin, """
                                {"name": "x", "calendarId": "%s", %s, "escalationLevels": [{"target": "RESOLUTION",
                                 "atPercent": 120, "raisePriority": true}, {"target": "FIRST_RESPONSE",
                                 "atPercent": 120, "raisePriority": true}, {"target": "RESOLUTION", "atPercent": 120,
                                 "recipients": ["ASSIGNEE"]}]}""".formatted(calendar, low())), 400, "validation")
                .body("errors.field", contains("escalationLevels[2].atPercent"));
        problem(create(admin, """
                        {"name": "x", "calendarId": "%s", "targets": {"URGENT": {}}}""".formatted(calendar)), 400, "validation");
        String name = unique("Taken");
        create(admin, """
                {"name": "%s", "calendarId": "%s", %s, %s}""".formatted(name, calendar, low(), mine())).then().statusCode(201);
        problem(create(admin, """
                        {"name": "%s", "calendarId": "%s", %s}""".formatted(name.toUpperCase(), calendar, low())), 409, "conflict");
        problem(create(agent, """
                {"name": "y", "calendarId": "%s", %s}""".formatted(calendar, low())), 403, "forbidden");
    }

    @Test
    void shouldNotDeleteACalendarAPolicyCountsOn() {
        String calendar = calendar();
        create(admin, """
                        {"name": "%s", "calendarId": "%s", %s, %s}""".formatted(unique("Uses"), calendar, low(), mine()))
                .then()
                .statusCode(201);
        String path = "/api/v1/calendars/" + calendar;
        String etag = Api.as(admin).get(path).header("ETag");

        problem(Api.hostile(admin).header("If-Match", etag).delete(path), 409, "conflict");
    }

    @Test
    void shouldPreviewTheFirstMatchingPolicyAndItsDueTimes() {
        String calendar = calendar();
        String queue = queue(2);
        String vip = policy("VIP", 100, calendar, """
                "requesterVip": true""", 15, 120);
        String network = policy("Network", 200, calendar, """
                "queueIds": ["%s"]""".formatted(queue), 60, 480);
        String catchAll = policy("Everyone", 300, calendar, "", 240, 2400);

        Response preview = preview("""
                {"type": "INCIDENT", "priority": "HIGH", "queueId": "%s", "requesterDepartment": "%s",
                 "startAt": "2026-03-27T14:00:00Z"}""".formatted(queue, department));

        preview.then()
                .statusCode(200)
                .body("policyId", equalTo(network))
                .body("calendarId", equalTo(calendar))
                .body("timeZone", equalTo("Europe/Oslo"))
                .body("policies.find { it.policyId == '" + vip + "' }.outcome", equalTo("NOT_MATCHED"))
                .body("policies.find { it.policyId == '" + vip + "' }.reason", equalTo("the requester is not a VIP"))
                .body("policies.find { it.policyId == '" + network + "' }.outcome", equalTo("MATCHED"))
                .body("policies.find { it.policyId == '" + catchAll + "' }.outcome", equalTo("NOT_REACHED"))
                .body("clocks.target", contains("FIRST_RESPONSE", "RESOLUTION"))
                // Friday 15:00 in Oslo: one hour that day, the rest from Monday 08:00 (after the DST change)
                .body("clocks[0].dueAt", equalTo("2026-03-27T15:00:00Z"))
                .body("clocks[1].dueAt", equalTo("2026-03-30T13:00:00Z"))
                .body("clocks[1].counted.from", contains("2026-03-27T14:00:00Z", "2026-03-30T06:00:00Z"));

        preview("""
                {"type": "INCIDENT", "priority": "LOW", "requesterDepartment": "%s",
                 "requesterVip": true}""".formatted(department)).then().body("policyId", equalTo(vip)).body("clocks", empty());
        preview("""
                {"type": "INCIDENT", "priority": "HIGH",
                 "requesterDepartment": "Nobody %s"}""".formatted(UUID.randomUUID()))
                .then()
                .body("policyId", nullValue())
                .body("calendarId", nullValue())
                .body("clocks", empty());
    }

    private String policy(String name, int position, String calendar, String conditions, int response, int resolution) {
        String departmentCondition = """
                "requesterDepartments": ["%s"]""".formatted(department);
        return create(admin, """
                        {"name": "%s", "position": %s, "calendarId": "%s", "conditions": {%s%s},
                         "targets": {"HIGH": {"firstResponseMinutes": %s, "resolutionMinutes": %s}}}""".formatted(
                                unique(name),
                                position,
                                calendar,
                                conditions.isEmpty() ? "" : conditions + ",",
                                departmentCondition,
                                response,
                                resolution))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private Response preview(String json) {
        return Api.as(agent).contentType("application/json").body(json).post(POLICIES + "/preview");
    }

    private String calendar() {
        return Api.as(admin)
                .contentType("application/json")
                .body(String.format(OSLO_OFFICE, unique("Oslo")))
                .post("/api/v1/calendars")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void invalid(String json, String field) {
        problem(create(admin, json), 400, "validation").body("errors.field", hasItem(field));
    }

    /** Conditions that only this test's probes meet. */
    private String mine() {
        return """
                "conditions": {"requesterDepartments": ["%s"]}""".formatted(department);
    }

    private static String low() {
        return """
                "targets": {"LOW": {"firstResponseMinutes": 60, "resolutionMinutes": 600}}""";
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Response create(TestUser user, String json) {
        return Api.hostile(user).contentType("application/json").body(json).post(POLICIES);
    }

    private Response patch(String etag, String path, String json) {
        return Api.hostile(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(json)
                .patch(path);
    }
}
