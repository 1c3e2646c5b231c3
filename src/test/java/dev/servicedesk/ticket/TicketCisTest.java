package dev.servicedesk.ticket;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestCis;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestSlaPolicies;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tickets name the configuration items they are about; routing and SLA policies read them. */
@QuarkusTest
class TicketCisTest {
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final TestUser admin = TestUser.with(Role.ADMIN);
    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private TestUser agent;

    @BeforeEach
    void onTheFrontLine() {
        agent = TestQueues.frontLineAgent();
    }

    @Test
    void shouldLetARequesterNameOnlyTheirOwnItems() {
        String me = requester.signIn();
        String laptop = TestCis.item("LAPTOP", me, "LOW");
        String someoneElses =
                TestCis.item("LAPTOP", TestUser.with(Role.REQUESTER).signIn(), "LOW");
        String retired = TestCis.item("LAPTOP", me, "LOW");
        TestCis.setStatus(retired, "RETIRED");

        create(requester, List.of(laptop)).then().statusCode(201).body("ciIds", contains(laptop));
        problem(
                        create(
                                requester,
                                List.of(laptop, someoneElses, UUID.randomUUID().toString(), retired)),
                        400,
                        "validation")
                .body("errors.field", contains("ciIds[1]", "ciIds[2]", "ciIds[3]"))
                .body("errors[0].message", equalTo("is not a configuration item of yours"))
                .body("errors[1].message", equalTo("is not a configuration item of yours"))
                .body("errors[2].message", equalTo("is RETIRED"));
        problem(
                        Api.hostile(requester)
                                .contentType("application/json")
                                .body("""
                                        {"type": "INCIDENT", "subject": "Twice", "ciIds": ["%s", "%s"]}""".formatted(laptop, laptop))
                                .post("/api/v1/tickets"),
                        400,
                        "validation")
                .body("errors.field", contains("ciIds[1]"))
                .body("errors[0].message", equalTo("is named twice"));
        create(agent, List.of(someoneElses)).then().statusCode(201).body("ciIds", contains(someoneElses));
        problem(create(agent, List.of(UUID.randomUUID().toString())), 400, "validation")
                .body("errors[0].message", equalTo("is not a configuration item"));
    }

    @Test
    void shouldShowTheDeskEveryItemAndTheRequesterTheirOwnKeepingTheChangeInternal() {
        String me = requester.signIn();
        String laptop = TestCis.item("LAPTOP", me, "LOW");
        String server = TestCis.item("SERVER");
        Response created = create(requester, List.of(laptop));
        String ticket = created.path("id");
        String updatedAt = created.path("updatedAt");

        patch(agent, ticket, """
                        {"ciIds": ["%s", "%s"]}""".formatted(laptop, server))
                .then()
                .statusCode(200)
                .body("ciIds", contains(laptop, server))
                .body("updatedAt", equalTo(updatedAt));
        Api.as(requester).get("/api/v1/tickets/" + ticket).then().body("ciIds", contains(laptop));
        Api.as(requester).get("/api/v1/tickets/" + ticket + "/timeline").then().body("items.kind", contains("CREATED"));
        Api.as(agent)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items[-1].kind", equalTo("UPDATED"))
                .body("items[-1].visibility", equalTo("INTERNAL"))
                .body("items[-1].changes[0].field", equalTo("ciIds"))
                .body("items[-1].changes[0].from", contains(laptop))
                .body("items[-1].changes[0].to", contains(laptop, server));
        problem(patch(requester, ticket, """
                {"ciIds": []}"""), 403, "forbidden");

        TestCis.setStatus(server, "RETIRED");
        patch(agent, ticket, """
                        {"ciIds": ["%s"], "subject": "Laptop and its server"}""".formatted(server)).then().statusCode(200).body("ciIds", contains(server));
        String retiredLaptop = TestCis.item("LAPTOP");
        TestCis.setStatus(retiredLaptop, "RETIRED");
        problem(patch(agent, ticket, """
                        {"ciIds": ["%s", "%s"]}""".formatted(server, retiredLaptop)), 400, "validation")
                .body("errors.field", contains("ciIds[1]"));
        Api.as(requester).get("/api/v1/tickets/" + ticket).then().body("ciIds", empty());
    }

    @Test
    void shouldListTheOtherOpenIncidentsOnTheTicketsItems() {
        String server = TestCis.item("SERVER");
        String database = TestCis.item("DATABASE");
        String unrelated = TestCis.item("SERVER");
        String ticket = create(agent, List.of(server, database)).path("id");
        String onServer = create(agent, List.of(server, unrelated)).path("id");
        String onBoth = create(agent, List.of(database, server)).path("id");
        create(agent, List.of(unrelated)).then().statusCode(201);
        String request = Api.as(agent)
                .contentType("application/json")
                .body("""
                        {"type": "SERVICE_REQUEST", "subject": "More disk", "ciIds": ["%s"]}""".formatted(server))
                .post("/api/v1/tickets")
                .path("id");
        String cancelled = create(agent, List.of(database)).path("id");
        TestTickets.move(agent, cancelled, """
                        {"to": "CANCELLED", "cancelReason": "Reported twice"}""").then().statusCode(200);

        List<String> seen = new ArrayList<>();
        List<List<String>> shared = new ArrayList<>();
        String cursor = null;
        do {
            var page = Api.as(agent).queryParam("limit", 1);
            if (cursor != null) {
                page.queryParam("cursor", cursor);
            }
            Response response = page.get("/api/v1/tickets/" + ticket + "/ci-incidents");
            response.then().statusCode(200);
            seen.addAll(response.path("items.ticket.id"));
            shared.addAll(response.path("items.ciIds"));
            cursor = response.path("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactly(onBoth, onServer);
        assertThat(shared).containsExactly(List.of(database, server), List.of(server));

        problem(Api.as(requester).get("/api/v1/tickets/" + ticket + "/ci-incidents"), 403, "forbidden");
        String none = TestTickets.printerJam(requester);
        Api.as(agent)
                .get("/api/v1/tickets/" + none + "/ci-incidents")
                .then()
                .body("items", empty())
                .body("nextCursor", nullValue());

        Api.as(agent)
                .queryParam("ciId", server)
                .queryParam("ciId", UUID.randomUUID().toString())
                .get("/api/v1/tickets")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(request, onBoth, onServer, ticket));
        problem(Api.hostile(agent).queryParam("ciId", "nope").get("/api/v1/tickets"), 400, "validation")
                .body("errors.field", contains("ciId"));
    }

    @Test
    void shouldRouteByTheItemsTypeAndCriticalityAndExplainWhy() {
        String word = "ci" + UUID.randomUUID().toString().substring(0, 8);
        String queue = TestQueues.queue(2);
        Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "Critical printers %s", "conditions": {"keywords": ["%s"], "ciTypes": ["PRINTER"],
                         "ciCriticalities": ["CRITICAL", "HIGH"]}, "actions": {"queueId": "%s"}}""".formatted(word, word, queue))
                .post("/api/v1/routing-rules")
                .then()
                .statusCode(201);
        String critical = TestCis.item("PRINTER", null, "CRITICAL");
        String minor = TestCis.item("PRINTER", null, "LOW");
        String criticalServer = TestCis.item("SERVER", null, "CRITICAL");

        Api.as(agent)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "%s down", "ciIds": ["%s", "%s"]}""".formatted(word, minor, critical))
                .post("/api/v1/tickets")
                .then()
                .body("queueId", equalTo(queue));
        Api.as(agent)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "%s down", "ciIds": ["%s", "%s"]}""".formatted(word, minor, criticalServer))
                .post("/api/v1/tickets")
                .then()
                .body("queueId", nullValue());

        Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "%s", "ciIds": ["%s"]}""".formatted(word, minor))
                .post("/api/v1/routing-rules/evaluate")
                .then()
                .statusCode(200)
                .body(
                        "rules.find { it.name == 'Critical printers " + word + "' }.reason",
                        equalTo("none of the ticket's configuration items is of type PRINTER, of criticality one of"
                                + " [CRITICAL, HIGH]"));
        problem(
                        Api.as(admin)
                                .contentType("application/json")
                                .body("""
                                        {"type": "INCIDENT", "subject": "x", "ciIds": ["%s"]}""".formatted(UUID.randomUUID()))
                                .post("/api/v1/routing-rules/evaluate"),
                        400,
                        "validation")
                .body("errors.field", contains("ciIds[0]"));
        problem(
                        Api.as(admin)
                                .contentType("application/json")
                                .body("""
                                        {"name": "Ghost %s", "conditions": {"ciIds": ["%s"]}, "actions": {"queueId": "%s"}}""".formatted(word, UUID.randomUUID(), queue))
                                .post("/api/v1/routing-rules"),
                        400,
                        "validation")
                .body("errors.field", contains("conditions.ciIds[0]"));
    }

    @Test
    void shouldChooseThePolicyByTheItemsAndChooseAgainWhenTheyChange() {
        String server = TestCis.item("SERVER", null, "CRITICAL");
        String calendar = TestSlaPolicies.alwaysOpenCalendar();
        String policy = Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "Server %s", "position": 0, "calendarId": "%s",
                         "conditions": {"ciIds": ["%s"], "ciCriticalities": ["CRITICAL"]},
                         "targets": {"MEDIUM": {"firstResponseMinutes": 15, "resolutionMinutes": 60}}}""".formatted(UUID.randomUUID(), calendar, server))
                .post("/api/v1/sla-policies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Api.as(agent)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "priority": "MEDIUM", "ciIds": ["%s"]}""".formatted(server))
                .post("/api/v1/sla-policies/preview")
                .then()
                .statusCode(200)
                .body("policyId", equalTo(policy));
        String ticket = create(agent, List.of(server)).path("id");
        Api.as(agent).get("/api/v1/tickets/" + ticket + "/sla").then().body("policyId", equalTo(policy));

        patch(agent, ticket, """
                {"ciIds": null}""").then().statusCode(200).body("ciIds", empty());
        Api.as(agent)
                .get("/api/v1/tickets/" + ticket + "/sla")
                .then()
                .body("clocks.findAll { it.state == 'RUNNING' }.policyId", not(hasItem(policy)));
        Api.as(agent)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.kind", hasItem("SLA_RETARGETED"));
        problem(
                        Api.as(admin)
                                .contentType("application/json")
                                .body("""
                                        {"name": "Ghost %s", "calendarId": "%s", "conditions": {"ciIds": ["%s"]},
                                         "targets": {"LOW": {"firstResponseMinutes": 15, "resolutionMinutes": 60}}}""".formatted(UUID.randomUUID(), calendar, UUID.randomUUID()))
                                .post("/api/v1/sla-policies"),
                        400,
                        "validation")
                .body("errors.field", contains("conditions.ciIds[0]"));
    }

    private static Response create(TestUser user, List<String> ciIds) {
        String ids = ciIds.stream()
                .map(id -> "\"" + id + "\"")
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return Api.hostile(user)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "Down", "impact": "MEDIUM", "urgency": "MEDIUM", "ciIds": [%s]}""".formatted(ids))
                .post("/api/v1/tickets");
    }

    private static Response patch(TestUser user, String ticket, String json) {
        String etag = Api.as(user).get("/api/v1/tickets/" + ticket).header("ETag");
        return Api.hostile(user)
                .contentType(MERGE_PATCH)
                .header("If-Match", etag)
                .body(json)
                .patch("/api/v1/tickets/" + ticket);
    }
}
