package dev.servicedesk.ticket;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Activity moves a ticket on, and each view has its own ETag; each test fails against the code before issue 23. */
@QuarkusTest
class TicketActivityTest {
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    TestClock clock;

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
    void shouldMoveUpdatedAtAndTheETagOnAPublicReply() {
        clock.pin(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        String ticket = TestTickets.printerJam(requester);
        Response before = Api.as(agent).get(path(ticket));
        before.then().statusCode(200);
        clock.advance(Duration.ofMinutes(1));
        Instant justBeforeTheReply = clock.instant().minusSeconds(1);

        comment(requester, ticket, """
                {"body": "It is still jamming", "visibility": "PUBLIC"}""").then().statusCode(201);

        Response after = Api.as(agent).get(path(ticket));
        after.then().statusCode(200);
        assertThat(Instant.parse(after.path("updatedAt")))
                .isAfter(Instant.parse(before.path("updatedAt")))
                .isAfterOrEqualTo(justBeforeTheReply);
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        Api.as(agent)
                .queryParam("sort", "-updatedAt")
                .queryParam("updatedFrom", justBeforeTheReply.toString())
                .queryParam("requesterId", requester.signIn())
                .get("/api/v1/tickets")
                .then()
                .statusCode(200)
                .body("items.id", contains(ticket));
    }

    /** Else a requester could tell from their own view when the desk wrote what they may not read. */
    @Test
    void shouldLeaveUpdatedAtAndTheETagAsTheyWereOnAnInternalNote() {
        String ticket = TestTickets.printerJam(requester);
        Response before = Api.as(requester).get(path(ticket));

        comment(agent, ticket, """
                {"body": "Toner looks empty", "visibility": "INTERNAL"}""").then().statusCode(201);

        Response after = Api.as(requester).get(path(ticket));
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        assertThat(after.<String>path("updatedAt")).isEqualTo(before.path("updatedAt"));
    }

    @Test
    void shouldTagTheRequestersViewAndTheDesksViewApart() {
        String ticket = TestTickets.printerJam(requester);
        String requesters = Api.as(requester).get(path(ticket)).header("ETag");
        String desks = Api.as(agent).get(path(ticket)).header("ETag");

        assertThat(requesters).isNotNull().isNotEqualTo(desks);
        assertThat(desks).isNotNull();
        problem(patch(requester, ticket, desks, """
                {"description": "Now it smokes too"}"""), 412, "precondition-failed");
        problem(patch(agent, ticket, requesters, """
                {"description": "Toner cartridge"}"""), 412, "precondition-failed");

        patch(requester, ticket, requesters, """
                {"description": "Now it smokes too"}""")
                .then()
                .statusCode(200)
                .body("description", equalTo("Now it smokes too"));
    }

    private static Response comment(TestUser user, String ticket, String json) {
        return Api.as(user).contentType("application/json").body(json).post(path(ticket) + "/comments");
    }

    private static Response patch(TestUser user, String ticket, String etag, String json) {
        return Api.hostile(user)
                .contentType(MERGE_PATCH)
                .header("If-Match", etag)
                .body(json)
                .patch(path(ticket));
    }

    private static String path(String ticket) {
        return "/api/v1/tickets/" + ticket;
    }
}
