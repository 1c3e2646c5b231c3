package dev.servicedesk.ticket;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static dev.servicedesk.support.TestQueues.assign;
import static dev.servicedesk.support.TestQueues.queue;
import static dev.servicedesk.support.TestTickets.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.Pages;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkListTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Inject
    TestClock clock;

    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private final TestUser agent = TestUser.with(Role.AGENT);

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void shouldListAQueuesOpenTicketsMostUrgentFirstThenOldest() {
        String me = agent.signIn();
        String queue = queue(1, me);
        clock.pin(T0);
        String oldLow = inQueue(queue, ticket("LOW", "LOW"));
        clock.advance(Duration.ofMinutes(10));
        String critical = inQueue(queue, ticket("HIGH", "HIGH"));
        clock.advance(Duration.ofMinutes(10));
        String newLow = inQueue(queue, ticket("LOW", "LOW"));
        String resolved = inQueue(queue, ticket("HIGH", "HIGH"));
        move(agent, resolved, """
                {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Done"}""").then().statusCode(200);
        clock.advance(Duration.ofMinutes(90));

        assertThat(Pages.walk(agent, "/api/v1/queues/" + queue + "/tickets", Map.of(), "id"))
                .containsExactly(critical, oldLow, newLow);
        Api.as(agent)
                .get("/api/v1/queues/" + queue + "/tickets")
                .then()
                .statusCode(200)
                .body("items[0].key", equalTo(key(critical)))
                .body("items[0].subject", equalTo("Work item"))
                .body("items[0].priority", equalTo("CRITICAL"))
                .body("items[0].status", equalTo("NEW"))
                .body("items[0].ageMinutes", equalTo(100))
                .body("items[0].assignee", nullValue());
    }

    @Test
    void shouldShowWhoHasEachTicketAndFilterByIt() {
        TestUser ada = TestUser.with(Role.AGENT).withName("Ada Lovelace");
        String me = ada.signIn();
        String queue = queue(1, me);
        String mine = inQueue(queue, ticket("LOW", "LOW"));
        assign(ada, mine, """
                {"queueId": "%s", "assigneeId": "%s"}""".formatted(queue, me)).then().statusCode(200);
        String waiting = inQueue(queue, ticket("LOW", "LOW"));
        String path = "/api/v1/queues/" + queue + "/tickets";

        Api.as(ada)
                .queryParam("assigneeId", me)
                .get(path)
                .then()
                .body("items.id", contains(mine))
                .body("items[0].assignee.id", equalTo(me))
                .body("items[0].assignee.name", equalTo("Ada Lovelace"));
        Api.as(ada).queryParam("unassigned", true).get(path).then().body("items.id", contains(waiting));
        Api.as(ada).queryParam("unassigned", false).get(path).then().body("items.id", contains(mine));
        problem(
                        Api.hostile(ada)
                                .queryParam("assigneeId", me)
                                .queryParam("unassigned", true)
                                .get(path),
                        400,
                        "validation")
                .body("errors.field", contains("unassigned"));
        problem(Api.hostile(ada).queryParam("cursor", "nonsense").get(path), 400, "validation")
                .body("errors.field", contains("cursor"));
    }

    @Test
    void shouldShowAWorkingListOnlyToThoseWhoWorkTheQueue() {
        TestUser supervisor = TestUser.with(Role.SUPERVISOR);
        String queue = Api.as(TestUser.with(Role.ADMIN))
                .contentType("application/json")
                .body("""
                        {"name": "Queue %s", "tier": 2, "supervisorId": "%s",
                         "memberIds": ["%s"]}""".formatted(UUID.randomUUID(), supervisor.signIn(), agent.signIn()))
                .post("/api/v1/queues")
                .path("id");
        String path = "/api/v1/queues/" + queue + "/tickets";

        Api.as(agent).get(path).then().statusCode(200);
        Api.as(supervisor).get(path).then().statusCode(200);
        Api.as(TestUser.with(Role.ADMIN)).get(path).then().statusCode(200);
        Api.as(TestUser.with(Role.INTEGRATION)).get(path).then().statusCode(200);
        problem(Api.hostile(TestUser.with(Role.AGENT)).get(path), 403, "forbidden");
        problem(Api.hostile(TestUser.with(Role.SUPERVISOR)).get(path), 403, "forbidden");
        problem(Api.hostile(requester).get(path), 403, "forbidden");
        problem(Api.hostile().get(path), 401, "unauthorized");
        problem(Api.hostile(agent).get("/api/v1/queues/" + UUID.randomUUID() + "/tickets"), 404, "not-found");
        problem(Api.hostile(agent).get("/api/v1/queues/not-a-queue/tickets"), 404, "not-found");
    }

    @Test
    void shouldTriageNewTicketsNobodyHasTakenInTheCallersQueuesOldestFirst() {
        String me = agent.signIn();
        String mine = queue(2, me);
        String elsewhere = queue(2, TestUser.with(Role.AGENT).signIn());
        clock.pin(T0);
        String older = inQueue(mine, ticket("LOW", "LOW"));
        clock.advance(Duration.ofMinutes(5));
        String newer = inQueue(mine, ticket("HIGH", "HIGH"));
        String taken = inQueue(mine, ticket("LOW", "LOW"));
        assign(agent, taken, """
                {"queueId": "%s", "assigneeId": "%s"}""".formatted(mine, me)).then().statusCode(200);
        String opened = inQueue(mine, ticket("LOW", "LOW"));
        move(agent, opened, """
                {"to": "OPEN"}""").then().statusCode(200);
        inQueue(elsewhere, ticket("LOW", "LOW"));
        ticket("LOW", "LOW");

        assertThat(Pages.walk(agent, "/api/v1/triage", Map.of(), "id")).containsExactly(older, newer);
        Api.as(agent).get("/api/v1/triage").then().body("items[0].queueId", equalTo(mine));
        problem(Api.hostile(requester).get("/api/v1/triage"), 403, "forbidden");
        problem(Api.hostile(agent).queryParam("limit", 0).get("/api/v1/triage"), 400, "validation")
                .body("errors.field", contains("limit"));
    }

    @Test
    void shouldTriageUnroutedTicketsForTheFrontLineAndTheAdmins() {
        TestUser frontLine = TestUser.with(Role.AGENT);
        queue(1, frontLine.signIn());
        queue(2, agent.signIn());
        clock.pin(Instant.parse("2001-01-01T00:00:00Z"));
        String unrouted = ticket("LOW", "LOW");

        Api.as(frontLine)
                .get("/api/v1/triage")
                .then()
                .body("items[0].id", equalTo(unrouted))
                .body("items[0].queueId", nullValue());
        Api.as(TestUser.with(Role.ADMIN)).get("/api/v1/triage").then().body("items[0].id", equalTo(unrouted));
        Api.as(agent).get("/api/v1/triage").then().body("items.id", not(hasItem(unrouted)));
        Api.as(TestUser.with(Role.AGENT)).get("/api/v1/triage").then().body("items.id", not(hasItem(unrouted)));
    }

    private String ticket(String impact, String urgency) {
        return Api.as(requester)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "Work item", "impact": "%s",
                         "urgency": "%s"}""".formatted(impact, urgency))
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Puts a new ticket in a queue, as an admin (a ticket in no queue is the front line's). */
    private String inQueue(String queue, String ticket) {
        assign(TestUser.with(Role.ADMIN), ticket, """
                {"queueId": "%s"}""".formatted(queue)).then().statusCode(200);
        return ticket;
    }

    private String key(String ticket) {
        return Api.as(agent).get("/api/v1/tickets/" + ticket).path("key");
    }
}
