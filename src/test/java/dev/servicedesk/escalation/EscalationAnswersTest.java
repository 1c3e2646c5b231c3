package dev.servicedesk.escalation;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestEscalations;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Not integrations, only the receiving side and admins answer; moving the ticket on closes it (fails before this). */
@QuarkusTest
class EscalationAnswersTest {
    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private final TestUser frontLine = TestUser.with(Role.AGENT);
    private final TestUser specialist = TestUser.with(Role.AGENT);
    private final TestUser admin = TestUser.with(Role.ADMIN);
    private final TestUser integration = TestUser.with(Role.INTEGRATION);

    @Test
    void shouldLeaveTheAnswerToTheReceivingSideAndAdminsNotToAnIntegration() {
        String firstLine = TestQueues.queue(1, frontLine.signIn());
        String network = TestQueues.queue(2, specialist.signIn());
        String ticket = ticketIn(firstLine);
        String escalation = escalateTo(network, ticket);

        problem(answer(integration, escalation, "acknowledge", "{}"), 403, "forbidden");
        problem(answer(integration, escalation, "decline", """
                {"reason": "Not ours"}"""), 403, "forbidden");
        Api.as(integration)
                .get("/api/v1/escalations/" + escalation)
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("acknowledgedById", nullValue())
                .body("declinedById", nullValue());
        Api.as(frontLine).get("/api/v1/tickets/" + ticket).then().body("status", equalTo("ESCALATED"));

        answer(admin, escalation, "acknowledge", "{}")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedById", equalTo(admin.signIn()));
        Api.as(frontLine)
                .get("/api/v1/tickets/" + ticket)
                .then()
                .body("status", equalTo("IN_PROGRESS"))
                .body("queueId", equalTo(network));
    }

    @Test
    void shouldCloseAnAcknowledgedEscalationWhenTheTicketIsHandedBack() {
        String firstLine = TestQueues.queue(1, frontLine.signIn());
        String network = TestQueues.queue(2, specialist.signIn());
        String ticket = ticketIn(firstLine);
        String escalation = acknowledgedBySpecialist(network, ticket);

        TestQueues.handBack(specialist, ticket, """
                {"reason": "Port re-patched; please confirm with the user"}""")
                .then()
                .statusCode(200)
                .body("queueId", equalTo(firstLine))
                .body("assigneeId", equalTo(frontLine.signIn()));

        Api.as(specialist)
                .get("/api/v1/escalations/" + escalation)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedById", equalTo(specialist.signIn()))
                .body("closingNote", equalTo("Closed as the ticket was handed back."));
        assertNotWaitingOn(network, escalation);
        Api.as(frontLine)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.findAll { it.kind == 'ESCALATION_CLOSED' }.escalationId", contains(escalation));
    }

    @Test
    void shouldCloseAnAcknowledgedEscalationWhenTheTicketIsAssignedToAnotherQueue() {
        String firstLine = TestQueues.queue(1, frontLine.signIn());
        String network = TestQueues.queue(2, specialist.signIn());
        String datacentre = TestQueues.queue(3, TestUser.with(Role.AGENT).signIn());
        String ticket = ticketIn(firstLine);
        String escalation = acknowledgedBySpecialist(network, ticket);

        TestQueues.assign(specialist, ticket, """
                {"queueId": "%s", "reason": "Core switch"}""".formatted(datacentre))
                .then()
                .statusCode(200)
                .body("queueId", equalTo(datacentre));

        Api.as(specialist)
                .get("/api/v1/escalations/" + escalation)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedById", equalTo(specialist.signIn()))
                .body("closingNote", equalTo("Closed as the ticket was assigned to another queue."));
        assertNotWaitingOn(network, escalation);
    }

    @Test
    void shouldCloseAnAcknowledgedEscalationWhenTheTicketIsEscalatedFurther() {
        TestUser engineer = TestUser.with(Role.AGENT);
        String firstLine = TestQueues.queue(1, frontLine.signIn());
        String network = TestQueues.queue(2, specialist.signIn());
        String datacentre = TestQueues.queue(3, engineer.signIn());
        String ticket = ticketIn(firstLine);
        String toNetwork = acknowledgedBySpecialist(network, ticket);
        String etag = Api.as(specialist).get("/api/v1/tickets/" + ticket).header("ETag");

        String toDatacentre = Api.as(specialist)
                .contentType("application/json")
                .header("If-Match", etag)
                .body("""
                        {"kind": "FUNCTIONAL", "toQueueId": "%s", "reason": "Core switch"}""".formatted(datacentre))
                .post("/api/v1/tickets/" + ticket + "/escalations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Api.as(specialist)
                .get("/api/v1/escalations/" + toNetwork)
                .then()
                .body("status", equalTo("CLOSED"))
                .body("closingNote", equalTo("Closed as the ticket was escalated further."));
        assertNotWaitingOn(network, toNetwork);
        answer(engineer, toDatacentre, "acknowledge", "{}").then().statusCode(200);
        TestQueues.handBack(engineer, ticket, """
                {"reason": "Switch replaced"}""").then().statusCode(200).body("queueId", equalTo(network));
        Api.as(engineer).get("/api/v1/escalations/" + toDatacentre).then().body("status", equalTo("CLOSED"));
    }

    /** Escalated from the front line to {@code network} and acknowledged there; listed as the network's work. */
    private String acknowledgedBySpecialist(String network, String ticket) {
        String escalation = escalateTo(network, ticket);
        answer(specialist, escalation, "acknowledge", "{}")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"));
        Api.as(frontLine)
                .get("/api/v1/tickets/" + ticket)
                .then()
                .body("status", equalTo("IN_PROGRESS"))
                .body("queueId", equalTo(network))
                .body("assigneeId", equalTo(specialist.signIn()))
                .body("handBackQueueId", notNullValue());
        Api.as(specialist)
                .queryParam("toQueueId", network)
                .get("/api/v1/escalations")
                .then()
                .statusCode(200)
                .body("items.escalation.id", contains(escalation))
                .body("items.escalation.status", contains("ACKNOWLEDGED"));
        return escalation;
    }

    private void assertNotWaitingOn(String queue, String escalation) {
        Api.as(specialist)
                .queryParam("toQueueId", queue)
                .get("/api/v1/escalations")
                .then()
                .statusCode(200)
                .body("items.escalation.id", not(hasItem(escalation)));
    }

    /** A requester's ticket in {@code queue} with the front-line agent, put there by an admin. */
    private String ticketIn(String queue) {
        String ticket = TestTickets.printerJam(requester);
        TestQueues.assign(admin, ticket, """
                                {"queueId": "%s", "assigneeId": "%s"}""".formatted(queue, frontLine.signIn()))
                .then()
                .statusCode(200);
        return ticket;
    }

    /** A FUNCTIONAL escalation of the ticket to {@code queue} by the front-line agent; answers its id. */
    private String escalateTo(String queue, String ticket) {
        return TestEscalations.escalate(frontLine, ticket, queue)
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .extract()
                .path("id");
    }

    private static Response answer(TestUser user, String escalation, String step, String json) {
        return TestEscalations.answer(user, escalation, step, json);
    }
}
