package dev.servicedesk.ticket;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TicketTest {
    private static final String TICKETS = "/api/v1/tickets";
    private static final String PRINTER = """
            {"type":"INCIDENT","subject":"Printer on floor 3 jams","description":"Every page since 9:00",
             "category":"HARDWARE","impact":"HIGH","urgency":"HIGH","occurredAt":"2026-11-23T08:55:00Z",
             "affectedUsers":12,"affectedSystems":["PRN-3F-01"],"errorMessages":["E-204 paper jam"],
             "stepsTried":[{"step":"Restarted the printer","effect":"Jams again after two pages"}],
             "environment":{"os":"Windows 11","driver":"5.2.1"},
             "contact":{"phone":"+47 22 00 00 00","extension":"204","email":"kari@example.org","availability":"before 15:00"}}""";

    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private TestUser agent;

    @BeforeEach
    void onTheFrontLine() {
        agent = TestQueues.frontLineAgent();
    }

    @Test
    void shouldRecordARequestersOwnTicketWithEverythingTheyTold() {
        String me = personId(requester);

        Response created = create(requester, PRINTER);

        created.then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/tickets/[0-9a-f-]{36}"))
                .header("ETag", equalTo("\"0-requester\""))
                .body("key", matchesPattern("INC-\\d+"))
                .body("status", equalTo("NEW"))
                .body("priority", equalTo("CRITICAL"))
                .body("channel", equalTo("PORTAL"))
                .body("requesterId", equalTo(me))
                .body("createdById", equalTo(me))
                .body("affectedSystems", contains("PRN-3F-01"))
                .body("stepsTried[0].effect", equalTo("Jams again after two pages"))
                .body("environment.driver", equalTo("5.2.1"))
                .body("contact.extension", equalTo("204"));
        String location = created.header("Location");
        Api.as(requester)
                .get(location.substring(location.indexOf(TICKETS)))
                .then()
                .statusCode(200)
                .body("occurredAt", equalTo("2026-11-23T08:55:00Z"))
                .body("affectedUsers", equalTo(12));
    }

    @Test
    void shouldDefaultTheClassificationWhereTheRequestIsSilent() {
        create(requester, """
                {"type": "QUESTION", "subject": "How do I share a calendar?"}""")
                .then()
                .statusCode(201)
                .body("key", matchesPattern("QST-\\d+"))
                .body("category", equalTo("OTHER"))
                .body("impact", equalTo("MEDIUM"))
                .body("urgency", equalTo("MEDIUM"))
                .body("priority", equalTo("MEDIUM"))
                .body("affectedSystems", empty())
                .body("contact.phone", nullValue());
        create(TestUser.with(Role.INTEGRATION), """
                {"type": "SERVICE_REQUEST", "subject": "New laptop"}""")
                .then()
                .body("key", matchesPattern("REQ-\\d+"))
                .body("channel", equalTo("API"));
    }

    @Test
    void shouldLetAnAgentRecordAPhoneCallForARequester() {
        String requesterId = personId(requester);
        String agentId = personId(agent);

        String id = create(agent, body("""
                                {"type": "INCIDENT", "subject": "VPN drops", "channel": "PHONE",
                                 "requesterId": "%s"}""", requesterId))
                .then()
                .statusCode(201)
                .body("requesterId", equalTo(requesterId))
                .body("createdById", equalTo(agentId))
                .body("channel", equalTo("PHONE"))
                .extract()
                .path("id");

        Api.as(requester).get(TICKETS + "/" + id).then().statusCode(200);
        Api.as(requester).get(TICKETS).then().body("items.id", contains(id));
    }

    @Test
    void shouldNotLetARequesterRecordForSomeoneElse() {
        String other = personId(TestUser.with(Role.REQUESTER));

        problem(create(requester, body("""
                                        {"type": "INCIDENT", "subject": "x", "requesterId": "%s"}""", other)), 400, "validation").body("errors.field", contains("requesterId"));
    }

    @Test
    void shouldRejectAnUnknownRequester() {
        problem(create(agent, body("""
                                        {"type": "INCIDENT", "subject": "x", "requesterId": "%s"}""", UUID.randomUUID())), 400, "validation")
                .body("errors.field", contains("requesterId"));
    }

    @Test
    void shouldFindATicketByItsKeyInAnyCase() {
        String key = create(requester, PRINTER).then().extract().path("key");

        Api.as(agent)
                .get(TICKETS + "/" + key.toLowerCase())
                .then()
                .statusCode(200)
                .body("key", equalTo(key));
        Api.as(agent).queryParam("key", key).get(TICKETS).then().body("items.key", contains(key));
    }

    @Test
    void shouldHideOtherRequestersTicketsAsIfTheyDidNotExist() {
        Response mine = create(requester, PRINTER);
        TestUser stranger = TestUser.with(Role.REQUESTER);

        problem(Api.hostile(stranger).get(TICKETS + "/" + mine.path("id")), 404, "not-found");
        problem(Api.hostile(stranger).get(TICKETS + "/" + mine.path("key")), 404, "not-found");
        Api.as(stranger).get(TICKETS).then().statusCode(200).body("items", empty());
        Api.as(stranger)
                .queryParam("requesterId", personId(requester))
                .get(TICKETS)
                .then()
                .body("items", empty());
        for (Role staff : List.of(Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.INTEGRATION)) {
            Api.as(TestUser.with(staff))
                    .get(TICKETS + "/" + mine.path("id"))
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void shouldAnswer404ForNoSuchTicket() {
        problem(Api.hostile(agent).get(TICKETS + "/" + UUID.randomUUID()), 404, "not-found");
        problem(Api.hostile(agent).get(TICKETS + "/INC-999999999"), 404, "not-found");
        problem(Api.hostile(agent).get(TICKETS + "/not a key"), 404, "not-found");
    }

    @Test
    void shouldReplayARetriedCreate() {
        String key = UUID.randomUUID().toString();
        Response first = createWithKey(requester, key, PRINTER);
        Response retried = createWithKey(requester, key, PRINTER);

        retried.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"));
        assertThat(retried.path("id").toString()).isEqualTo(first.path("id"));
        problem(createWithKey(requester, key, PRINTER.replace("jams", "smokes")), 422, "idempotency-key-reused");
    }

    @Test
    void shouldNameEveryInvalidField() {
        problem(create(requester, """
                {"description": "no type, no subject"}"""), 400, "validation").body("errors.field", containsInAnyOrder("type", "subject"));
        problem(create(requester, """
                {"type": "OUTAGE", "subject": "x"}"""), 400, "validation").body("errors.field", contains("type"));
        problem(create(requester, body("""
                                {"type": "INCIDENT", "subject": "%s"}""", "x".repeat(201))), 400, "validation")
                .body("errors.field", contains("subject"));
        problem(create(requester, """
                                {"type": "INCIDENT", "subject": "x", "affectedUsers": -1, "contact": {"email": "nope"},
                                 "stepsTried": [{"effect": "none"}]}"""), 400, "validation")
                .body("errors.field", contains("affectedUsers", "contact.email", "stepsTried[0].step"));
        problem(create(requester, body("""
                                        {"type": "INCIDENT", "subject": "x", "environment": {"blob": "%s"}}""", "x".repeat(17_000))), 400, "validation")
                .body("errors.field", contains("environment"));
        problem(create(requester, """
                                {"type": "INCIDENT", "subject": "x", "occurredAt": "+10000-01-01T00:00:00Z"}"""), 400, "validation").body("errors.field", contains("occurredAt"));
    }

    @Test
    void shouldRejectInstantsBeyondTheYear9999() {
        problem(
                        Api.hostile(agent)
                                .queryParam("createdTo", "+300000-01-01T00:00:00Z")
                                .get(TICKETS),
                        400,
                        "validation")
                .body("errors.field", contains("createdTo"));
    }

    @Test
    void shouldGiveUniqueKeysToConcurrentCreates() {
        List<CompletableFuture<String>> creates = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            creates.add(CompletableFuture.supplyAsync(() ->
                    create(agent, PRINTER).then().statusCode(201).extract().path("key")));
        }
        Set<String> keys = new HashSet<>();
        creates.forEach(create -> keys.add(create.join()));

        assertThat(keys).hasSize(12);
    }

    private static String personId(TestUser user) {
        return Api.as(user).get("/api/v1/me").then().statusCode(200).extract().path("id");
    }

    private static String body(String template, Object... values) {
        return template.formatted(values);
    }

    private static Response create(TestUser user, String json) {
        return Api.hostile(user).contentType("application/json").body(json).post(TICKETS);
    }

    private static Response createWithKey(TestUser user, String key, String json) {
        return Api.hostile(user)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(json)
                .post(TICKETS);
    }
}
