package dev.servicedesk.escalation;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestEvents;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EscalationTest {
    private static final String RESOLVE = """
            {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Replaced the switch port."}""";

    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private final TestUser frontLine = TestUser.with(Role.AGENT);
    private final TestUser specialist = TestUser.with(Role.AGENT);
    private final TestUser bystander = TestUser.with(Role.AGENT);
    private final TestUser teamLead = TestUser.with(Role.SUPERVISOR);
    private final TestUser admin = TestUser.with(Role.ADMIN);

    @Test
    void shouldEscalateToAHigherTierThatAcceptsItAndLaterClosesIt() {
        String firstLine = TestQueues.queue(1, frontLine.signIn());
        String network = TestQueues.queue(2, specialist.signIn());
        String ticket = ticketIn(firstLine, frontLine);

        Response made = escalate(frontLine, ticket, """
                {"kind": "FUNCTIONAL", "toQueueId": "%s", "reason": "Needs the switch configuration",
                 "summary": "Restarted the laptop and re-seated the cable."}""".formatted(network));
        made.then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("kind", equalTo("FUNCTIONAL"))
                .body("trigger", equalTo("MANUAL"))
                .body("level", equalTo(1))
                .body("status", equalTo("OPEN"))
                .body("fromQueueId", equalTo(firstLine))
                .body("fromTier", equalTo(1))
                .body("toQueueId", equalTo(network))
                .body("toTier", equalTo(2))
                .body("toPersonId", nullValue())
                .body("escalatedById", equalTo(frontLine.signIn()))
                .body("publicMessage", containsString("tier 2"));
        String escalation = made.path("id");
        made.then().header("Location", endsWith("/api/v1/escalations/" + escalation));
        Api.as(frontLine)
                .get("/api/v1/tickets/" + ticket)
                .then()
                .body("status", equalTo("ESCALATED"))
                .body("queueId", equalTo(network))
                .body("assigneeId", nullValue())
                .body("handBackQueueId", equalTo(firstLine));
        Api.as(requester)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.findAll { it.kind == 'ESCALATED' }.body", contains(containsString("tier 2")))
                .body("items.body", everyItem(not(containsString("switch configuration"))));

        problem(answer(frontLine, escalation, "acknowledge", "{}"), 403, "forbidden");
        made.then().body("allowedActions.acknowledge", equalTo(false)).body("allowedActions.close", equalTo(false));
        Api.as(specialist)
                .get("/api/v1/escalations/" + escalation)
                .then()
                .body("allowedActions.acknowledge", equalTo(true))
                .body("allowedActions.decline", equalTo(true))
                .body("allowedActions.close", equalTo(false));
        Api.as(specialist)
                .get("/api/v1/escalations/" + escalation + "/hand-over")
                .then()
                .statusCode(200)
                .body("escalation.summary", equalTo("Restarted the laptop and re-seated the cable."))
                .body("ticket.status", equalTo("ESCALATED"))
                .body("timeline.kind", hasItem("ESCALATED"))
                .body(
                        "timeline.findAll { it.kind == 'ESCALATED' && it.visibility == 'INTERNAL' }.body",
                        contains("Needs the switch configuration"))
                .body("timeline.findAll { it.kind == 'ESCALATED' }.escalationId", everyItem(equalTo(escalation)))
                .body("earlierEntries", equalTo(0));

        answer(specialist, escalation, "acknowledge", "{}")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedById", equalTo(specialist.signIn()))
                .body("allowedActions.acknowledge", equalTo(false))
                .body("allowedActions.close", equalTo(true));
        Api.as(frontLine)
                .get("/api/v1/escalations/" + escalation)
                .then()
                .body("allowedActions.close", equalTo(true)); // whoever escalated closes an accepted one
        Api.as(frontLine)
                .get("/api/v1/tickets/" + ticket)
                .then()
                .body("status", equalTo("IN_PROGRESS"))
                .body("assigneeId", equalTo(specialist.signIn()));
        Api.as(requester)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body(
                        "items.findAll { it.kind == 'ESCALATION_ACKNOWLEDGED' }.body",
                        contains(containsString("specialist")));
        problem(answer(specialist, escalation, "acknowledge", "{}"), 409, "conflict");
        problem(answer(specialist, escalation, "decline", """
                {"reason": "Too late"}"""), 409, "conflict");

        answer(specialist, escalation, "close", """
                {"note": "Port re-patched."}""")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedById", equalTo(specialist.signIn()))
                .body("closingNote", equalTo("Port re-patched."));
        TestTickets.move(specialist, ticket, RESOLVE).then().body("firstContactResolution", equalTo(false));
        Api.as(bystander)
                .get("/api/v1/tickets/" + ticket + "/escalations")
                .then()
                .statusCode(200)
                .body("items.id", contains(escalation))
                .body("items.status", contains("CLOSED"));
        JsonPath events = TestEvents.about(ticket);
        assertThat(events.getList("items.findAll { it.type.startsWith('escalation.') }.type", String.class))
                .containsExactly("escalation.opened", "escalation.acknowledged");
        assertThat(events.getList(
                        "items.findAll { it.type.startsWith('escalation.') }.data.escalationId", String.class))
                .containsOnly(escalation);
        assertThat(events.getString("items.find { it.type == 'escalation.opened' }.data.reason"))
                .isEqualTo("Needs the switch configuration");
        assertThat(events.getList("items.findAll { it.type == 'ticket.transitioned' }.data.to", String.class))
                .containsSubsequence("ESCALATED", "IN_PROGRESS", "RESOLVED");
    }

    @Test
    void shouldCloseAnAcceptedEscalationWhenTheTicketIsResolved() {
        String firstLine = TestQueues.queue(1, frontLine.signIn());
        String network = TestQueues.queue(2, specialist.signIn());
        String ticket = ticketIn(firstLine, frontLine);
        String escalation = escalate(frontLine, ticket, """
                        {"kind": "FUNCTIONAL", "toQueueId": "%s", "reason": "Needs L2"}""".formatted(network)).path("id");
        Api.as(specialist)
                .queryParam("toQueueId", network)
                .get("/api/v1/escalations")
                .then()
                .body("items.escalation.id", contains(escalation));
        answer(specialist, escalation, "acknowledge", "{}").then().statusCode(200);

        TestTickets.move(specialist, ticket, RESOLVE).then().statusCode(200);

        Api.as(specialist)
                .get("/api/v1/escalations/" + escalation)
                .then()
                .body("status", equalTo("CLOSED"))
                .body("closedById", equalTo(specialist.signIn()))
                .body("closingNote", equalTo("Closed as the ticket was resolved."));
        Api.as(specialist)
                .queryParam("toQueueId", network)
                .get("/api/v1/escalations")
                .then()
                .body("items.size()", equalTo(0));
    }

    @Test
    void shouldSendADeclinedEscalationBackToTheQueueAndAgentItCameFrom() {
        String firstLine = TestQueues.queue(1, frontLine.signIn());
        String desktop = TestQueues.queue(2, specialist.signIn());
        String ticket = ticketIn(firstLine, frontLine);
        String escalation = escalate(frontLine, ticket, """
                        {"kind": "FUNCTIONAL", "toQueueId": "%s", "reason": "Beyond me"}""".formatted(desktop)).path("id");

        problem(answer(specialist, escalation, "decline", "{}"), 400, "validation")
                .body("errors.field", contains("reason"));
        answer(specialist, escalation, "decline", """
                {"reason": "Reset the print spooler first."}""")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("declinedById", equalTo(specialist.signIn()))
                .body("declineReason", equalTo("Reset the print spooler first."));

        Api.as(frontLine)
                .get("/api/v1/tickets/" + ticket)
                .then()
                .body("status", equalTo("IN_PROGRESS"))
                .body("queueId", equalTo(firstLine))
                .body("assigneeId", equalTo(frontLine.signIn()))
                .body("handBackQueueId", nullValue());
        Api.as(frontLine)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body(
                        "items.findAll { it.kind == 'ESCALATION_DECLINED' }.body",
                        contains("Reset the print spooler first."));
        JsonPath events = TestEvents.about(ticket);
        assertThat(events.getList("items.findAll { it.type.startsWith('escalation.') }.type", String.class))
                .containsExactly("escalation.opened", "escalation.declined");
        assertThat(events.getString("items.find { it.type == 'escalation.declined' }.data.reason"))
                .isEqualTo("Reset the print spooler first.");
        assertThat(events.getString("items.find { it.type == 'escalation.declined' }.actorId"))
                .isEqualTo(specialist.signIn());
        escalate(frontLine, ticket, """
                        {"kind": "FUNCTIONAL", "toQueueId": "%s",
                         "reason": "Spooler reset did not help"}""".formatted(desktop))
                .then()
                .statusCode(201)
                .body("level", equalTo(2));
    }

    @Test
    void shouldEscalateToTheQueueSupervisorWhoAloneAnswersIt() {
        String firstLine = queueSupervisedBy(teamLead.signIn(), frontLine.signIn(), bystander.signIn());
        String ticket = ticketIn(firstLine, frontLine);

        String escalation = escalate(frontLine, ticket, """
                                {"kind": "HIERARCHICAL", "reason": "VIP waiting for two days"}""")
                .then()
                .statusCode(201)
                .body("toQueueId", equalTo(firstLine))
                .body("toPersonId", equalTo(teamLead.signIn()))
                .extract()
                .path("id");
        Api.as(frontLine)
                .get("/api/v1/tickets/" + ticket)
                .then()
                .body("status", equalTo("ESCALATED"))
                .body("queueId", equalTo(firstLine))
                .body("assigneeId", equalTo(frontLine.signIn()));

        problem(answer(bystander, escalation, "acknowledge", "{}"), 403, "forbidden");
        answer(teamLead, escalation, "acknowledge", """
                {"publicMessage": "Our team lead is on it."}""").then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        Api.as(frontLine)
                .get("/api/v1/tickets/" + ticket)
                .then()
                .body("status", equalTo("IN_PROGRESS"))
                .body("assigneeId", equalTo(frontLine.signIn()));
        Api.as(requester)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body(
                        "items.findAll { it.kind == 'ESCALATION_ACKNOWLEDGED' }.body",
                        contains("Our team lead is on it."));

        String other = ticketIn(firstLine, teamLead);
        problem(escalate(teamLead, other, """
                {"kind": "HIERARCHICAL", "reason": "Help"}"""), 409, "conflict");

        String unsupervised = TestQueues.queue(1, frontLine.signIn());
        String elsewhere = ticketIn(unsupervised, frontLine);
        problem(escalate(frontLine, elsewhere, """
                {"kind": "HIERARCHICAL", "reason": "Help"}"""), 409, "conflict");
    }

    @Test
    void shouldRefuseEscalationsThatCannotBeMade() {
        String firstLine = TestQueues.queue(1, frontLine.signIn());
        String lowerStill = TestQueues.queue(1, specialist.signIn());
        String expert = TestQueues.queue(3, specialist.signIn());
        String ticket = ticketIn(firstLine, frontLine);
        String up = """
                {"kind": "FUNCTIONAL", "toQueueId": "%s", "reason": "Needs an expert"}""".formatted(expert);

        problem(escalate(requester, ticket, up), 403, "forbidden");
        problem(escalate(bystander, ticket, up), 403, "forbidden");
        problem(
                Api.hostile(frontLine)
                        .contentType("application/json")
                        .body(up)
                        .post("/api/v1/tickets/" + ticket + "/escalations"),
                428,
                "precondition-required");
        problem(escalate(frontLine, ticket, """
                {"kind": "FUNCTIONAL", "reason": "Up"}"""), 400, "validation").body("errors.field", contains("toQueueId"));
        problem(escalate(frontLine, ticket, """
                                {"kind": "HIERARCHICAL", "toQueueId": "%s", "reason": "Up"}""".formatted(expert)), 400, "validation")
                .body("errors.field", contains("toQueueId"));
        problem(escalate(frontLine, ticket, """
                                {"kind": "FUNCTIONAL", "toQueueId": "%s"}""".formatted(expert)), 400, "validation")
                .body("errors.field", contains("reason"));
        problem(escalate(frontLine, ticket, """
                                {"kind": "FUNCTIONAL", "toQueueId": "%s", "reason": "Up"}""".formatted(UUID.randomUUID())), 400, "validation")
                .body("errors[0].message", equalTo("is not a queue"));
        problem(escalate(frontLine, ticket, """
                                {"kind": "FUNCTIONAL", "toQueueId": "%s", "reason": "Up"}""".formatted(firstLine)), 400, "validation")
                .body("errors[0].field", equalTo("toQueueId"));
        TestQueues.assign(admin, ticket, """
                {"queueId": "%s"}""".formatted(expert)).then().statusCode(200);
        problem(escalate(admin, ticket, """
                                {"kind": "FUNCTIONAL", "toQueueId": "%s", "reason": "Up"}""".formatted(lowerStill)), 400, "validation")
                .body("errors[0].message", containsString("hand the ticket back"));
        problem(TestTickets.move(admin, ticket, """
                {"to": "ESCALATED"}"""), 400, "validation")
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", containsString("/escalations"));

        String unrouted = TestTickets.printerJam(requester);
        problem(escalate(admin, unrouted, up), 409, "conflict");
        problem(Api.hostile(requester).get("/api/v1/tickets/" + unrouted + "/escalations"), 403, "forbidden");
        problem(Api.hostile(frontLine).get("/api/v1/escalations/" + UUID.randomUUID()), 404, "not-found");
        problem(Api.hostile(frontLine).get("/api/v1/escalations/not-an-id"), 404, "not-found");
    }

    @Test
    void shouldKeepAnEscalatedTicketFromBeingEscalatedAgainOrMovedAround() {
        String firstLine = TestQueues.queue(1, frontLine.signIn());
        String network = TestQueues.queue(2, specialist.signIn());
        String ticket = ticketIn(firstLine, frontLine);
        String up = """
                {"kind": "FUNCTIONAL", "toQueueId": "%s", "reason": "Needs L2"}""".formatted(network);
        String key = UUID.randomUUID().toString();
        String etag = Api.as(frontLine).get("/api/v1/tickets/" + ticket).header("ETag");

        String first = Api.as(frontLine)
                .contentType("application/json")
                .header("If-Match", etag)
                .header("Idempotency-Key", key)
                .body(up)
                .post("/api/v1/tickets/" + ticket + "/escalations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(frontLine)
                .contentType("application/json")
                .header("If-Match", etag)
                .header("Idempotency-Key", key)
                .body(up)
                .post("/api/v1/tickets/" + ticket + "/escalations")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));

        problem(escalate(specialist, ticket, up), 409, "conflict");
        problem(TestQueues.assign(admin, ticket, """
                {"queueId": "%s"}""".formatted(firstLine)), 409, "conflict");
        problem(TestQueues.handBack(specialist, ticket, "{}"), 409, "conflict");
        problem(TestTickets.move(specialist, ticket, """
                {"to": "IN_PROGRESS"}"""), 409, "conflict");
        problem(TestTickets.move(specialist, ticket, RESOLVE), 409, "conflict");
        problem(Api.hostile(requester).get("/api/v1/escalations/" + first), 403, "forbidden");
        problem(
                Api.hostile(specialist)
                        .contentType("application/json")
                        .header("If-Match", "\"99\"")
                        .body("{}")
                        .post("/api/v1/escalations/" + first + "/acknowledge"),
                412,
                "precondition-failed");
        problem(answer(specialist, first, "close", "{}"), 409, "conflict");
    }

    private String ticketIn(String queue, TestUser agent) {
        String ticket = TestTickets.printerJam(requester);
        TestQueues.assign(agent, ticket, """
                {"queueId": "%s", "assigneeId": "%s"}""".formatted(queue, agent.signIn()))
                .then()
                .statusCode(200);
        return ticket;
    }

    private String queueSupervisedBy(String supervisor, String... members) {
        StringBuilder ids = new StringBuilder();
        for (String member : members) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(member).append('"');
        }
        return Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "Supervised %s", "tier": 1, "supervisorId": "%s",
                         "memberIds": [%s]}""".formatted(UUID.randomUUID(), supervisor, ids))
                .post("/api/v1/queues")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Response escalate(TestUser user, String ticket, String json) {
        String etag = Api.as(TestUser.with(Role.AGENT))
                .get("/api/v1/tickets/" + ticket)
                .header("ETag");
        return Api.hostile(user)
                .contentType("application/json")
                .header("If-Match", etag)
                .body(json)
                .post("/api/v1/tickets/" + ticket + "/escalations");
    }

    private static Response answer(TestUser user, String escalation, String step, String json) {
        String etag = Api.as(TestUser.with(Role.AGENT))
                .get("/api/v1/escalations/" + escalation)
                .header("ETag");
        return Api.hostile(user)
                .contentType("application/json")
                .header("If-Match", etag)
                .body(json)
                .post("/api/v1/escalations/" + escalation + "/" + step);
    }
}
