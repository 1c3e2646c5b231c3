package dev.servicedesk.ticket;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static dev.servicedesk.support.TestQueues.assign;
import static dev.servicedesk.support.TestQueues.handBack;
import static dev.servicedesk.support.TestQueues.queue;
import static dev.servicedesk.support.TestTickets.move;
import static dev.servicedesk.support.TestTickets.printerJam;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TicketAssignmentTest {
    private static final String RESOLVE = """
            {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Cleared the jam"}""";

    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private TestUser agent;

    @BeforeEach
    void onTheFrontLine() {
        agent = TestQueues.frontLineAgent();
    }

    private final TestUser admin = TestUser.with(Role.ADMIN);

    @Test
    void shouldPutATicketInAQueueAndWithAnAgentAndListItThere() {
        String me = agent.signIn();
        String queue = queue(1, me);
        String ticket = printerJam(requester);

        assign(agent, ticket, """
                {"queueId": "%s", "reason": "Printer problems go to front line"}""".formatted(queue))
                .then()
                .statusCode(200)
                .body("queueId", equalTo(queue))
                .body("tier", equalTo(1))
                .body("assigneeId", nullValue());
        assign(agent, ticket, """
                {"queueId": "%s", "assigneeId": "%s"}""".formatted(queue, me)).then().statusCode(200).body("assigneeId", equalTo(me));

        Api.as(agent).queryParam("queueId", queue).get("/api/v1/tickets").then().body("items.id", contains(ticket));
        Api.as(agent)
                .queryParam("assigneeId", me)
                .get("/api/v1/tickets")
                .then()
                .body("items.id", contains(ticket))
                .body("items[0].queueId", equalTo(queue));
        Api.as(agent)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.findAll { it.kind == 'ASSIGNED' }.visibility", contains("INTERNAL", "INTERNAL"))
                .body("items.find { it.kind == 'ASSIGNED' }.body", equalTo("Printer problems go to front line"))
                .body("items.find { it.kind == 'ASSIGNED' }.changes[0].field", equalTo("queueId"));
        Api.as(requester)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.kind", not(hasItem("ASSIGNED")));
    }

    @Test
    void shouldOnlyAssignAgentsOfAnActiveQueue() {
        String queue = queue(1, agent.signIn());
        String ticket = printerJam(requester);
        String outsider = TestUser.with(Role.AGENT).signIn();
        String inactive = Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "Closed %s", "tier": 1, "active": false}""".formatted(UUID.randomUUID()))
                .post("/api/v1/queues")
                .path("id");

        problem(assign(agent, ticket, """
                                {"queueId": "%s", "assigneeId": "%s"}""".formatted(queue, outsider)), 400, "validation")
                .body("errors.field", contains("assigneeId"));
        problem(assign(agent, ticket, """
                {"queueId": "%s"}""".formatted(UUID.randomUUID())), 400, "validation")
                .body("errors.field", contains("queueId"));
        problem(assign(agent, ticket, """
                {"queueId": "%s"}""".formatted(inactive)), 409, "conflict");
        problem(assign(requester, ticket, """
                {"queueId": "%s"}""".formatted(queue)), 403, "forbidden");
        problem(assign(TestUser.with(Role.REQUESTER), ticket, """
                {"queueId": "%s"}""".formatted(queue)), 404, "not-found");
    }

    @Test
    void shouldNotAssignAFinishedTicket() {
        String queue = queue(1, agent.signIn());
        String ticket = printerJam(requester);
        move(agent, ticket, RESOLVE).then().statusCode(200);

        problem(assign(agent, ticket, """
                {"queueId": "%s"}""".formatted(queue)), 409, "conflict");
    }

    @Test
    void shouldCountAResolutionAtTierOneWithNoHandOffAsFirstContact() {
        String me = agent.signIn();
        String ticket = printerJam(requester);
        assign(agent, ticket, """
                {"queueId": "%s", "assigneeId": "%s"}""".formatted(queue(1, me), me)).then().statusCode(200);

        move(agent, ticket, RESOLVE).then().statusCode(200).body("firstContactResolution", equalTo(true));
    }

    @Test
    void shouldCountAResolutionBeforeAnyQueueAsFirstContact() {
        String ticket = printerJam(requester);
        Api.as(agent).get("/api/v1/tickets/" + ticket).then().body("firstContactResolution", nullValue());

        move(agent, ticket, RESOLVE).then().body("firstContactResolution", equalTo(true));
    }

    @Test
    void shouldNotCountAReassignedTicketAsFirstContact() {
        String me = agent.signIn();
        String ticket = printerJam(requester);
        assign(agent, ticket, """
                {"queueId": "%s"}""".formatted(queue(1, me))).then().statusCode(200);
        assign(agent, ticket, """
                {"queueId": "%s"}""".formatted(queue(1, me))).then().statusCode(200);

        move(agent, ticket, RESOLVE).then().body("firstContactResolution", equalTo(false));
    }

    @Test
    void shouldNotCountAResolutionAtTierTwoAsFirstContact() {
        String ticket = printerJam(requester);
        assign(agent, ticket, """
                {"queueId": "%s"}""".formatted(queue(2, agent.signIn()))).then().statusCode(200);

        move(agent, ticket, RESOLVE).then().body("firstContactResolution", equalTo(false));
        move(requester, ticket, """
                {"to": "IN_PROGRESS"}""").then().body("firstContactResolution", nullValue());
    }

    @Test
    void shouldHandATicketBackToTheTierAndAgentItCameFrom() {
        String me = agent.signIn();
        TestUser specialist = TestUser.with(Role.AGENT);
        String specialistId = specialist.signIn();
        String frontLine = queue(1, me);
        String ticket = printerJam(requester);
        assign(agent, ticket, """
                {"queueId": "%s", "assigneeId": "%s"}""".formatted(frontLine, me))
                .then()
                .statusCode(200)
                .body("handBackQueueId", nullValue());
        assign(agent, ticket, """
                {"queueId": "%s"}""".formatted(queue(2, specialistId)))
                .then()
                .statusCode(200)
                .body("handBackQueueId", equalTo(frontLine));
        assign(specialist, ticket, """
                {"queueId": "%s"}""".formatted(queue(2, specialistId)))
                .then()
                .statusCode(200)
                .body("handBackQueueId", equalTo(frontLine));

        handBack(specialist, ticket, """
                {"reason": "Driver fixed; please confirm with the user and close"}""")
                .then()
                .statusCode(200)
                .body("queueId", equalTo(frontLine))
                .body("tier", equalTo(1))
                .body("assigneeId", equalTo(me))
                .body("handBackQueueId", nullValue());
        Api.as(agent)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body(
                        "items.findAll { it.kind == 'ASSIGNED' }[-1].body",
                        equalTo("Driver fixed; please confirm with the user and close"));
        move(agent, ticket, RESOLVE).then().body("firstContactResolution", equalTo(false));
    }

    @Test
    void shouldHandBackToTheQueueAloneWhenTheAgentHasLeftIt() {
        String me = agent.signIn();
        String frontLine = queue(1, me);
        String ticket = printerJam(requester);
        assign(agent, ticket, """
                {"queueId": "%s", "assigneeId": "%s"}""".formatted(frontLine, me)).then().statusCode(200);
        assign(agent, ticket, """
                {"queueId": "%s"}""".formatted(queue(3, me))).then().statusCode(200);
        String etag = Api.as(admin).get("/api/v1/queues/" + frontLine).header("ETag");
        Api.as(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("""
                        {"memberIds": []}""")
                .patch("/api/v1/queues/" + frontLine)
                .then()
                .statusCode(200);

        handBack(agent, ticket, "{}")
                .then()
                .statusCode(200)
                .body("queueId", equalTo(frontLine))
                .body("assigneeId", nullValue());
    }

    @Test
    void shouldNotHandBackToAQueueNoLongerBelowTheTicketsTier() {
        String me = agent.signIn();
        String frontLine = queue(1, me);
        String ticket = printerJam(requester);
        assign(agent, ticket, """
                {"queueId": "%s"}""".formatted(frontLine)).then().statusCode(200);
        assign(agent, ticket, """
                {"queueId": "%s"}""".formatted(queue(2, me))).then().statusCode(200);
        String etag = Api.as(admin).get("/api/v1/queues/" + frontLine).header("ETag");
        Api.as(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("""
                        {"tier": 3}""")
                .patch("/api/v1/queues/" + frontLine)
                .then()
                .statusCode(200);

        problem(handBack(agent, ticket, "{}"), 409, "conflict");
        Api.as(requester).get("/api/v1/tickets/" + ticket).then().body("handBackQueueId", nullValue());
    }

    @Test
    void shouldHandBackOnlyATicketThatCameUpFromALowerTier() {
        String me = agent.signIn();
        String ticket = printerJam(requester);
        problem(handBack(agent, ticket, "{}"), 409, "conflict");

        assign(agent, ticket, """
                {"queueId": "%s"}""".formatted(queue(2, me))).then().statusCode(200);
        problem(handBack(agent, ticket, "{}"), 409, "conflict");

        assign(agent, ticket, """
                {"queueId": "%s"}""".formatted(queue(3, me))).then().statusCode(200);
        assign(agent, ticket, """
                {"queueId": "%s"}""".formatted(queue(1, me)))
                .then()
                .statusCode(200)
                .body("handBackQueueId", nullValue());
        problem(handBack(agent, ticket, "{}"), 409, "conflict");
        problem(handBack(requester, ticket, "{}"), 403, "forbidden");
        problem(handBack(agent, ticket, """
                {"queueId": "%s"}""".formatted(queue(1, me))), 400, "validation");
    }
}
