package dev.servicedesk.routing;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static dev.servicedesk.support.TestQueues.queue;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
class RoutingRuleTest {
    private static final String RULES = "/api/v1/routing-rules";

    private final TestUser admin = TestUser.with(Role.ADMIN);
    private final TestUser requester = TestUser.with(Role.REQUESTER);
    /** A word no other test's tickets hold, so that this test's rules route only its own tickets. */
    private final String word = "zq" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void shouldCreateReadChangeAndDeleteARule() {
        String queue = queue(2);
        Response created = create(admin, """
                {"name": "VPN %s", "conditions": {"keywords": ["%s"], "types": ["INCIDENT"]},
                 "actions": {"queueId": "%s", "tags": ["vpn"]}}""".formatted(word, word, queue));
        created.then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("enabled", equalTo(true))
                .body("onMatch", equalTo("STOP"))
                .body("position", notNullValue())
                .body("disabledReason", nullValue())
                .body("conditions.keywords", contains(word))
                .body("conditions.types", contains("INCIDENT"))
                .body("actions.queueId", equalTo(queue))
                .body("actions.tags", contains("vpn"));
        String id = created.path("id");
        String path = RULES + "/" + id;
        Api.as(admin).get(created.header("Location")).then().statusCode(200).body("id", equalTo(id));

        Response read = Api.as(admin).get(path);
        patch(read.header("ETag"), path, """
                {"onMatch": "CONTINUE", "conditions": {"types": null}, "position": 7}""")
                .then()
                .statusCode(200)
                .body("onMatch", equalTo("CONTINUE"))
                .body("position", equalTo(7))
                .body("conditions.keywords", contains(word))
                .body("conditions.types", nullValue());
        problem(patch(read.header("ETag"), path, """
                {"position": 8}"""), 412, "precondition-failed");

        String etag = Api.as(admin).get(path).header("ETag");
        problem(Api.hostile(admin).delete(path), 428, "precondition-required");
        Api.as(admin).header("If-Match", etag).delete(path).then().statusCode(204);
        problem(Api.hostile(admin).get(path), 404, "not-found");
    }

    @Test
    void shouldListRulesInTheOrderTheyRun() {
        String later = rule("""
                {"name": "Later %s", "conditions": {"keywords": ["%s"]}, "position": 900001,
                 "actions": {"tags": ["b"]}}""".formatted(word, word));
        String earlier = rule("""
                {"name": "Earlier %s", "conditions": {"keywords": ["%s"]}, "position": 900000,
                 "actions": {"tags": ["a"]}}""".formatted(word, word));
        String tied = rule("""
                {"name": "Tied %s", "conditions": {"keywords": ["%s"]}, "position": 900001,
                 "actions": {"tags": ["c"]}}""".formatted(word, word));

        Api.as(admin)
                .queryParam("limit", 200)
                .get(RULES)
                .then()
                .statusCode(200)
                .body("items.findAll { it.name.endsWith('" + word + "') }.id", contains(earlier, later, tied));
        Api.as(admin).queryParam("queueId", UUID.randomUUID()).get(RULES).then().body("items", empty());
        problem(Api.hostile(admin).queryParam("enabled", "maybe").get(RULES), 400, "validation")
                .body("errors.field", contains("enabled"));
    }

    @Test
    void shouldRejectRulesThatCouldNotWork() {
        problem(create(admin, """
                {"name": "Nothing %s", "actions": {}}""".formatted(word)), 400, "validation").body("errors.field", contains("actions"));
        problem(create(admin, """
                                {"name": "Punctuation %s", "conditions": {"keywords": ["!!!"]},
                                 "actions": {"tags": ["x"]}}""".formatted(word)), 400, "validation")
                .body("errors.field", contains("conditions.keywords[0]"));
        problem(create(admin, """
                                {"name": "Nowhere %s", "actions": {"queueId": "%s"}}""".formatted(word, UUID.randomUUID())), 400, "validation")
                .body("errors.field", contains("actions.queueId"));
        problem(create(admin, """
                        {"name": "Bad tag %s", "actions": {"tags": ["two words"]}}""".formatted(word)), 400, "validation");
        problem(create(admin, """
                        {"name": "Extra %s", "actions": {"tags": ["x"]}, "when": 1}""".formatted(word)), 400, "validation");
        rule("""
                {"name": "Taken %s", "conditions": {"keywords": ["%s"]},
                 "actions": {"tags": ["x"]}}""".formatted(word, word));
        problem(create(admin, """
                        {"name": "TAKEN %s", "conditions": {"keywords": ["%s"]},
                         "actions": {"tags": ["y"]}}""".formatted(word, word)), 409, "conflict");
    }

    @Test
    void shouldLetOnlyAdminsManageRules() {
        String body = """
                {"name": "Mine %s", "actions": {"tags": ["x"]}}""".formatted(word);
        problem(create(TestUser.with(Role.AGENT), body), 403, "forbidden");
        problem(create(TestUser.with(Role.SUPERVISOR), body), 403, "forbidden");
        problem(create(requester, body), 403, "forbidden");
        problem(Api.hostile(TestUser.with(Role.AGENT)).get(RULES), 403, "forbidden");
        problem(Api.hostile().get(RULES), 401, "unauthorized");
        problem(
                Api.hostile(TestUser.with(Role.AGENT))
                        .contentType("application/json")
                        .body("""
                                {"type": "INCIDENT", "subject": "x"}""")
                        .post(RULES + "/evaluate"),
                403,
                "forbidden");
    }

    @Test
    void shouldRouteANewTicketAndSayWhichRuleDidWhat() {
        String queue = queue(2);
        String classify = rule("""
                {"name": "Classify %s", "onMatch": "CONTINUE", "conditions": {"keywords": ["%s"]},
                 "actions": {"category": "NETWORK", "tags": ["vpn"]}}""".formatted(word, word));
        rule("""
                {"name": "Route %s", "conditions": {"keywords": ["%s"], "categories": ["NETWORK"]},
                 "actions": {"queueId": "%s", "impact": "HIGH", "urgency": "HIGH",
                 "tags": ["escalate"]}}""".formatted(word, word, queue));

        Response ticket = Api.as(requester)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "The %s tunnel drops"}""".formatted(word.toUpperCase()))
                .post("/api/v1/tickets");

        ticket.then()
                .statusCode(201)
                .body("category", equalTo("NETWORK"))
                .body("priority", equalTo("CRITICAL"))
                .body("queueId", equalTo(queue))
                .body("tier", equalTo(2))
                .body("assigneeId", nullValue())
                .body("tags", empty());
        Api.as(TestUser.with(Role.AGENT))
                .get("/api/v1/tickets/" + ticket.path("id"))
                .then()
                .body("tags", contains("vpn", "escalate"));
        String timeline = "/api/v1/tickets/" + ticket.path("id") + "/timeline";
        Api.as(TestUser.with(Role.AGENT))
                .get(timeline)
                .then()
                .body("items.kind", contains("CREATED", "ROUTED", "ROUTED"))
                .body("items[1].visibility", equalTo("INTERNAL"))
                .body("items[1].authorId", nullValue())
                .body("items[1].rule.id", equalTo(classify))
                .body("items[1].rule.name", equalTo("Classify " + word))
                .body("items[1].changes.field", contains("category", "tags"))
                .body("items[2].changes.field", contains("impact", "urgency", "queueId", "tags"));
        Api.as(requester).get(timeline).then().body("items.kind", contains("CREATED"));
    }

    @Test
    void shouldRouteByRequesterDepartmentAndVip() {
        String queue = queue(1);
        rule("""
                {"name": "VIP %s", "conditions": {"keywords": ["%s"], "requesterVip": true,
                 "requesterDepartments": ["board"]}, "actions": {"queueId": "%s"}}""".formatted(word, word, queue));
        TestUser boardMember = TestUser.with(Role.REQUESTER).withDepartment("Board");

        Api.as(boardMember.asVip())
                .contentType("application/json")
                .body("""
                        {"type": "QUESTION", "subject": "%s"}""".formatted(word))
                .post("/api/v1/tickets")
                .then()
                .body("queueId", equalTo(queue));
        Api.as(boardMember)
                .contentType("application/json")
                .body("""
                        {"type": "QUESTION", "subject": "%s"}""".formatted(word))
                .post("/api/v1/tickets")
                .then()
                .body("queueId", nullValue());
    }

    @Test
    void shouldDisableRulesWhoseQueueIsDeactivated() {
        String queue = queue(2);
        String id = rule("""
                {"name": "Doomed %s", "conditions": {"keywords": ["%s"]},
                 "actions": {"queueId": "%s"}}""".formatted(word, word, queue));
        String queueETag = Api.as(admin).get("/api/v1/queues/" + queue).header("ETag");
        Api.as(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", queueETag)
                .body("""
                        {"active": false}""")
                .patch("/api/v1/queues/" + queue)
                .then()
                .statusCode(200);

        Response rule = Api.as(admin).get(RULES + "/" + id);
        rule.then().body("enabled", equalTo(false)).body("disabledReason", containsString("was deactivated"));
        Api.as(requester)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "%s"}""".formatted(word))
                .post("/api/v1/tickets")
                .then()
                .body("queueId", nullValue());
        problem(patch(rule.header("ETag"), RULES + "/" + id, """
                {"enabled": true}"""), 409, "conflict");
        problem(create(admin, """
                        {"name": "Late %s", "actions": {"queueId": "%s"}}""".formatted(word, queue)), 409, "conflict");
        create(admin, """
                        {"name": "Parked %s", "enabled": false, "actions": {"queueId": "%s"}}""".formatted(word, queue)).then().statusCode(201);
    }

    @Test
    void shouldExplainADryRunRuleByRuleAndChangeNothing() {
        String queue = queue(3);
        String hit = rule("""
                {"name": "Hit %s", "onMatch": "CONTINUE", "conditions": {"keywords": ["%s"]},
                 "actions": {"queueId": "%s", "urgency": "HIGH"}}""".formatted(word, word, queue));
        String miss = rule("""
                {"name": "Miss %s", "conditions": {"keywords": ["%s"], "channels": ["PHONE"]},
                 "actions": {"tags": ["phone"]}}""".formatted(word, word));
        long rulesBefore = Api.as(admin)
                .queryParam("limit", 200)
                .get(RULES)
                .jsonPath()
                .getList("items")
                .size();

        Response evaluation = Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "%s again", "impact": "HIGH",
                         "channel": "EMAIL"}""".formatted(word))
                .post(RULES + "/evaluate");

        evaluation
                .then()
                .statusCode(200)
                .body("rules.size()", greaterThan(1))
                .body("rules.find { it.ruleId == '" + hit + "' }.outcome", equalTo("MATCHED"))
                .body("rules.find { it.ruleId == '" + hit + "' }.changes.field", contains("urgency", "queueId"))
                .body("rules.find { it.ruleId == '" + miss + "' }.outcome", equalTo("NOT_MATCHED"))
                .body(
                        "rules.find { it.ruleId == '" + miss + "' }.reason",
                        equalTo("channel EMAIL is not one of [PHONE]"))
                .body("result.queueId", equalTo(queue))
                .body("result.impact", equalTo("HIGH"))
                .body("result.urgency", equalTo("HIGH"))
                .body("result.priority", equalTo("CRITICAL"))
                .body("result.tags", not(hasItem("phone")));
        problem(
                        Api.hostile(admin)
                                .contentType("application/json")
                                .body("""
                                        {"subject": "x"}""")
                                .post(RULES + "/evaluate"),
                        400,
                        "validation")
                .body("errors.field", contains("type"));
        Api.as(admin).queryParam("limit", 200).get(RULES).then().body("items.size()", equalTo((int) rulesBefore));
    }

    @Test
    void shouldReplayARetriedCreate() {
        String key = UUID.randomUUID().toString();
        String body = """
                {"name": "Once %s", "conditions": {"keywords": ["%s"]},
                 "actions": {"tags": ["x"]}}""".formatted(word, word);
        String first = Api.as(admin)
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .post(RULES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Api.as(admin)
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .post(RULES)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
    }

    private String rule(String json) {
        return create(admin, json).then().statusCode(201).extract().path("id");
    }

    private static Response create(TestUser user, String json) {
        return Api.hostile(user).contentType("application/json").body(json).post(RULES);
    }

    private Response patch(String etag, String path, String json) {
        return Api.hostile(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(json)
                .patch(path);
    }
}
