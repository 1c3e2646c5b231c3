package dev.servicedesk.ticket;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TicketTransitionTest {
    private static final String RESOLVE = """
            {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Replaced the fuser unit"}""";

    @Inject
    TestClock clock;

    @Inject
    ResolvedTicketCloser closer;

    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private TestUser agent;

    @BeforeEach
    void onTheFrontLine() {
        agent = TestQueues.frontLineAgent();
    }

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void shouldWorkATicketFromNewToClosedAndTellTheStory() {
        String ticket = newTicket();
        move(agent, ticket, """
                {"to": "OPEN"}""").then().statusCode(200).body("status", equalTo("OPEN"));
        move(agent, ticket, """
                {"to": "IN_PROGRESS"}""").then().statusCode(200);
        move(agent, ticket, """
                {"to": "PENDING", "pendingReason": "AWAITING_REQUESTER"}""").then().body("pendingReason", equalTo("AWAITING_REQUESTER"));
        move(agent, ticket, """
                {"to": "IN_PROGRESS"}""").then().body("pendingReason", nullValue());
        move(agent, ticket, RESOLVE)
                .then()
                .body("status", equalTo("RESOLVED"))
                .body("resolutionCode", equalTo("FIXED"))
                .body("resolvedAt", notNullValue());
        move(requester, ticket, """
                {"to": "CLOSED"}""").then().statusCode(200).body("closedAt", notNullValue());

        Api.as(requester)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body(
                        "items.kind",
                        contains(
                                "CREATED",
                                "STATUS_CHANGED",
                                "STATUS_CHANGED",
                                "STATUS_CHANGED",
                                "STATUS_CHANGED",
                                "STATUS_CHANGED",
                                "STATUS_CHANGED"))
                .body("items[3].changes[0].field", equalTo("status"))
                .body("items[3].changes[0].from", equalTo("IN_PROGRESS"))
                .body("items[3].changes[0].to", equalTo("PENDING"))
                .body("items[5].body", equalTo("Replaced the fuser unit"));
    }

    @Test
    void shouldListTheAllowedMovesWhenAMoveIsIllegal() {
        String ticket = newTicket();

        problem(move(agent, ticket, """
                {"to": "PENDING", "pendingReason": "AWAITING_CHANGE"}"""), 409, "conflict")
                .body("allowedTransitions", contains("CANCELLED", "IN_PROGRESS", "OPEN", "RESOLVED"));
    }

    @Test
    void shouldRequireTheDataOfEachMove() {
        String ticket = newTicket();
        move(agent, ticket, """
                {"to": "IN_PROGRESS"}""");

        problem(move(agent, ticket, """
                {"to": "PENDING"}"""), 400, "validation").body("errors.field", contains("pendingReason"));
        problem(move(agent, ticket, """
                {"to": "RESOLVED", "resolutionNotes": " "}"""), 400, "validation")
                .body("errors.field", containsInAnyOrder("resolutionCode", "resolutionNotes"));
        problem(move(agent, newTicket(), """
                {"to": "CANCELLED"}"""), 400, "validation").body("errors.field", contains("cancelReason"));
        problem(move(agent, ticket, """
                {"to": "DONE"}"""), 400, "validation").body("errors.field", contains("to"));
    }

    /** Each target takes its own fields only, as the contract's variants of TicketTransition say. */
    @Test
    void shouldRefuseWhatAnotherTargetTakes() {
        String ticket = newTicket();

        problem(move(agent, ticket, """
                {"to": "OPEN", "pendingReason": "AWAITING_REQUESTER"}"""), 400, "validation").body("errors.field", contains("pendingReason"));
        problem(move(agent, ticket, """
                                {"to": "CANCELLED", "cancelReason": "Duplicate", "resolutionCode": "FIXED",
                                 "resolveChildren": false}"""), 400, "validation")
                .body("errors.field", containsInAnyOrder("resolutionCode", "resolveChildren"));
        problem(move(agent, ticket, """
                {"to": "NEW"}"""), 400, "validation").body("errors.field", contains("to"));
        move(agent, ticket, """
                {"to": "OPEN"}""").then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void shouldLetRequestersOnlyConfirmReopenOrCancelTheirOwn() {
        String ticket = newTicket();

        problem(move(requester, ticket, """
                {"to": "OPEN"}"""), 403, "forbidden");
        problem(move(TestUser.with(Role.REQUESTER), ticket, """
                        {"to": "CANCELLED", "cancelReason": "x"}"""), 404, "not-found");
        move(requester, ticket, """
                {"to": "CANCELLED", "cancelReason": "Found the answer myself"}""").then().statusCode(200).body("cancelReason", equalTo("Found the answer myself"));
        problem(move(agent, ticket, """
                {"to": "OPEN"}"""), 409, "conflict");
    }

    @Test
    void shouldReopenWithinTheWindowOnly() {
        String ticket = newTicket();
        move(agent, ticket, RESOLVE);
        move(requester, ticket, """
                {"to": "IN_PROGRESS"}""").then().statusCode(200).body("resolutionCode", nullValue());

        move(agent, ticket, RESOLVE).then().statusCode(200);
        clock.pin(Instant.now().plus(Duration.ofDays(8)));
        problem(move(requester, ticket, """
                {"to": "IN_PROGRESS"}"""), 409, "conflict");
    }

    @Test
    void shouldCloseUnansweredResolutionsOnceWhateverTheNumberOfReplicas() throws Exception {
        String expired = newTicket();
        move(agent, expired, RESOLVE);
        clock.pin(Instant.now().plus(Duration.ofDays(5)));
        String recent = newTicket();
        move(agent, recent, RESOLVE);
        clock.pin(Instant.now().plus(Duration.ofDays(8)));

        CompletableFuture<Void> first = CompletableFuture.runAsync(this::runCloser);
        CompletableFuture<Void> second = CompletableFuture.runAsync(this::runCloser);
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);

        Api.as(requester).get("/api/v1/tickets/" + expired).then().body("status", equalTo("CLOSED"));
        Api.as(requester)
                .get("/api/v1/tickets/" + expired + "/timeline")
                .then()
                .body("items.changes.flatten().findAll { it.to == 'CLOSED' }.size()", equalTo(1))
                .body("items[-1].authorId", nullValue());
        Api.as(requester).get("/api/v1/tickets/" + recent).then().body("status", equalTo("RESOLVED"));
    }

    private void runCloser() {
        try {
            VertxContextSupport.subscribeAndAwait(closer::closeExpired);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldRequireTheCurrentETag() {
        String ticket = newTicket();
        String stale = etag(ticket);
        move(agent, ticket, """
                {"to": "OPEN"}""").then().statusCode(200).header("ETag", equalTo("\"1\""));

        problem(
                Api.hostile(agent)
                        .contentType("application/json")
                        .body("""
                                {"to": "IN_PROGRESS"}""")
                        .post("/api/v1/tickets/" + ticket + "/transitions"),
                428,
                "precondition-required");
        problem(
                Api.hostile(agent)
                        .contentType("application/json")
                        .header("If-Match", stale)
                        .body("""
                                {"to": "IN_PROGRESS"}""")
                        .post("/api/v1/tickets/" + ticket + "/transitions"),
                412,
                "precondition-failed");
    }

    @Test
    void shouldLetOnlyOneOfTwoRacingMovesWin() {
        String ticket = newTicket();
        String etag = etag(ticket);

        CompletableFuture<Integer> open = CompletableFuture.supplyAsync(
                () -> moveWith(agent, ticket, etag, """
                        {"to": "OPEN"}""").statusCode());
        CompletableFuture<Integer> cancel = CompletableFuture.supplyAsync(
                () -> moveWith(agent, ticket, etag, """
                        {"to": "CANCELLED", "cancelReason": "Logged twice"}""").statusCode());

        assertThat(List.of(open.join(), cancel.join())).containsExactlyInAnyOrder(200, 412);
        Api.as(agent)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.kind", contains("CREATED", "STATUS_CHANGED"));
    }

    private String newTicket() {
        return TestTickets.printerJam(requester);
    }

    private String etag(String ticket) {
        return etag(agent, ticket);
    }

    /** The ETag of the view {@code user} gets (the desk's and the requester's differ); "*" if they see none. */
    private static String etag(TestUser user, String ticket) {
        String etag = Api.hostile(user).get("/api/v1/tickets/" + ticket).header("ETag");
        return etag == null ? "*" : etag;
    }

    private Response move(TestUser user, String ticket, String json) {
        return moveWith(user, ticket, etag(user, ticket), json);
    }

    private static Response moveWith(TestUser user, String ticket, String etag, String json) {
        return Api.hostile(user)
                .contentType("application/json")
                .header("If-Match", etag)
                .body(json)
                .post("/api/v1/tickets/" + ticket + "/transitions");
    }
}
