package dev.servicedesk.ticket;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static dev.servicedesk.support.TestTickets.move;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lifecycle as the contract tells it; each test fails against the code before issue 23's change. */
@QuarkusTest
class LifecycleAsSpecifiedTest {
    private static final String RESOLVE = """
            {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Replaced the fuser unit"}""";
    private static final String CANCEL = """
            {"to": "CANCELLED", "cancelReason": "Logged twice"}""";
    private static final List<String> PRIORITIES = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");
    private static final List<String> CATEGORIES = List.of("HARDWARE", "NETWORK", "SOFTWARE");

    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private TestUser agent;

    @BeforeEach
    void onTheFrontLine() {
        agent = TestQueues.frontLineAgent();
    }

    @Test
    void shouldOpenANewTicketOnTheWayToInProgressAndRecordBothMoves() {
        String ticket = TestTickets.printerJam(requester);

        move(agent, ticket, """
                {"to": "IN_PROGRESS"}""").then().statusCode(200).body("status", equalTo("IN_PROGRESS"));

        Api.as(agent).get("/api/v1/tickets/" + ticket).then().body("status", equalTo("IN_PROGRESS"));
        Api.as(agent)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .statusCode(200)
                .body("items.kind", contains("CREATED", "STATUS_CHANGED", "STATUS_CHANGED"))
                .body("items[1].changes.find { it.field == 'status' }.from", equalTo("NEW"))
                .body("items[1].changes.find { it.field == 'status' }.to", equalTo("OPEN"))
                .body("items[2].changes.find { it.field == 'status' }.from", equalTo("OPEN"))
                .body("items[2].changes.find { it.field == 'status' }.to", equalTo("IN_PROGRESS"));
    }

    @Test
    void shouldLeaveClosingAResolutionToItsRequester() {
        String ticket = TestTickets.printerJam(requester);
        move(agent, ticket, RESOLVE).then().statusCode(200).body("status", equalTo("RESOLVED"));

        problem(move(agent, ticket, """
                {"to": "CLOSED"}"""), 403, "forbidden");
        problem(move(TestUser.with(Role.ADMIN), ticket, """
                {"to": "CLOSED"}"""), 403, "forbidden");
        Api.as(agent).get("/api/v1/tickets/" + ticket).then().body("status", equalTo("RESOLVED"));

        move(requester, ticket, """
                {"to": "CLOSED"}""").then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void shouldListOnlyTheMovesTheCallerMayMake() {
        String ticket = TestTickets.printerJam(requester);

        problem(move(requester, ticket, """
                {"to": "PENDING", "pendingReason": "AWAITING_CHANGE"}"""), 409, "conflict").body("allowedTransitions", contains("CANCELLED"));
        problem(move(requester, ticket, """
                {"to": "OPEN"}"""), 403, "forbidden");
        move(agent, ticket, RESOLVE).then().statusCode(200);
        problem(move(agent, ticket, """
                {"to": "OPEN"}"""), 409, "conflict").body("allowedTransitions", contains("IN_PROGRESS"));
        problem(move(requester, ticket, """
                {"to": "OPEN"}"""), 409, "conflict")
                .body("allowedTransitions", contains("CLOSED", "IN_PROGRESS"));
    }

    @Test
    void shouldTakeOnlyInternalNotesOnAClosedTicket() {
        String ticket = closedTicket();
        String etag = Api.as(requester).get("/api/v1/tickets/" + ticket).header("ETag");

        problem(
                Api.hostile(requester)
                        .contentType("application/json")
                        .body("""
                                {"body": "It jams again", "visibility": "PUBLIC"}""")
                        .post("/api/v1/tickets/" + ticket + "/comments"),
                409,
                "conflict");
        Api.as(agent)
                .contentType("application/json")
                .body("""
                        {"body": "Same printer as INC-1", "visibility": "INTERNAL"}""")
                .post("/api/v1/tickets/" + ticket + "/comments")
                .then()
                .statusCode(201);
        Api.as(requester).get("/api/v1/tickets/" + ticket).then().header("ETag", equalTo(etag));
    }

    @Test
    void shouldAnswerAnEmptyListOfAllowedMovesWhenAClosedTicketIsReopened() {
        String ticket = closedTicket();

        noMovesLeft(move(requester, ticket, """
                {"to": "IN_PROGRESS"}"""));
    }

    @Test
    void shouldAnswerAnEmptyListOfAllowedMovesWhenACancelledTicketIsOpened() {
        String ticket = cancelledTicket();

        noMovesLeft(move(agent, ticket, """
                {"to": "OPEN"}"""));
    }

    @Test
    void shouldAnswerAnEmptyListOfAllowedMovesWhenAnEscalatedTicketIsResolved() {
        TestQueues.Member frontLine = TestQueues.memberOfNewQueue(1);
        TestQueues.Member specialists = TestQueues.memberOfNewQueue(2);
        String ticket = TestTickets.printerJam(requester);
        TestQueues.assign(frontLine.agent(), ticket, """
                        {"queueId": "%s", "assigneeId": "%s"}""".formatted(
                                frontLine.queueId(), frontLine.agent().signIn()))
                .then()
                .statusCode(200);
        escalate(frontLine.agent(), ticket, specialists.queueId()).then().statusCode(201);
        Api.as(specialists.agent()).get("/api/v1/tickets/" + ticket).then().body("status", equalTo("ESCALATED"));

        noMovesLeft(move(specialists.agent(), ticket, RESOLVE)).body("detail", not(containsString("A ESCALATED")));
        Api.as(specialists.agent()).get("/api/v1/tickets/" + ticket).then().body("status", equalTo("ESCALATED"));
    }

    @Test
    void shouldKeepTheRecordOfAClosedTicketAsItEnded() {
        String ticket = closedTicket();

        problem(patch(agent, ticket, priorityOverride(ticket)), 409, "conflict");
        problem(patch(agent, ticket, otherCategory(ticket)), 409, "conflict");
        Api.as(agent).get("/api/v1/tickets/" + ticket).then().body("status", equalTo("CLOSED"));
    }

    @Test
    void shouldKeepTheRecordOfACancelledTicketAsItEnded() {
        String ticket = cancelledTicket();

        problem(patch(agent, ticket, priorityOverride(ticket)), 409, "conflict");
        problem(patch(agent, ticket, otherCategory(ticket)), 409, "conflict");
        Api.as(agent).get("/api/v1/tickets/" + ticket).then().body("status", equalTo("CANCELLED"));
    }

    /** A refused move from a final (or escalated) status: 409 naming no allowed move, as [], not absent. */
    private static ValidatableResponse noMovesLeft(Response response) {
        return problem(response, 409, "conflict")
                .body("$", hasKey("allowedTransitions"))
                .body("allowedTransitions", equalTo(List.of()));
    }

    private String closedTicket() {
        String ticket = TestTickets.printerJam(requester);
        move(agent, ticket, RESOLVE).then().statusCode(200);
        move(requester, ticket, """
                {"to": "CLOSED"}""").then().statusCode(200).body("status", equalTo("CLOSED"));
        return ticket;
    }

    private String cancelledTicket() {
        String ticket = TestTickets.printerJam(requester);
        move(agent, ticket, CANCEL).then().statusCode(200).body("status", equalTo("CANCELLED"));
        return ticket;
    }

    /** A priority override that changes the ticket's priority (a patch changing nothing is no change). */
    private String priorityOverride(String ticket) {
        String current = Api.as(agent).get("/api/v1/tickets/" + ticket).path("priority");
        String other = PRIORITIES.stream()
                .filter(priority -> !priority.equals(current))
                .findFirst()
                .orElseThrow();
        return """
                {"priority": "%s", "priorityReason": "The CEO's printer"}""".formatted(other);
    }

    /** A category other than the ticket's. */
    private String otherCategory(String ticket) {
        String current = Api.as(agent).get("/api/v1/tickets/" + ticket).path("category");
        String other = CATEGORIES.stream()
                .filter(category -> !category.equals(current))
                .findFirst()
                .orElseThrow();
        return """
                {"category": "%s"}""".formatted(other);
    }

    private static Response patch(TestUser user, String ticket, String json) {
        String etag = Api.as(user).get("/api/v1/tickets/" + ticket).header("ETag");
        return Api.hostile(user)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(json)
                .patch("/api/v1/tickets/" + ticket);
    }

    private static Response escalate(TestUser user, String ticket, String toQueueId) {
        String etag = Api.as(user).get("/api/v1/tickets/" + ticket).header("ETag");
        return Api.hostile(user)
                .contentType("application/json")
                .header("If-Match", etag)
                .body("""
                        {"kind": "FUNCTIONAL", "toQueueId": "%s",
                         "reason": "Needs the print server team"}""".formatted(toQueueId))
                .post("/api/v1/tickets/" + ticket + "/escalations");
    }
}
