package dev.servicedesk.ticket;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineTest {
    @Inject
    Pool pool;

    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private TestUser agent;

    @BeforeEach
    void onTheFrontLine() {
        agent = TestQueues.frontLineAgent();
    }

    @Test
    void shouldTellTheWholeStoryOldestFirstAndHideInternalNotesFromTheRequester() {
        String ticket = TestTickets.printerJam(requester);
        comment(requester, ticket, """
                {"body": "It is still jamming", "visibility": "PUBLIC"}""").then().statusCode(201).body("visibility", equalTo("PUBLIC"));
        comment(agent, ticket, """
                {"body": "Toner looks empty", "visibility": "INTERNAL"}""").then().statusCode(201);
        comment(agent, ticket, """
                {"body": "A technician is on the way", "visibility": "PUBLIC"}""").then().statusCode(201);

        Api.as(agent)
                .get(timeline(ticket))
                .then()
                .statusCode(200)
                .body("items.kind", contains("CREATED", "COMMENT", "COMMENT", "COMMENT"))
                .body(
                        "items.body",
                        contains(null, "It is still jamming", "Toner looks empty", "A technician is on the way"));
        Api.as(requester)
                .get(timeline(ticket))
                .then()
                .statusCode(200)
                .body("items.body", contains(null, "It is still jamming", "A technician is on the way"))
                .body("items.visibility", contains("PUBLIC", "PUBLIC", "PUBLIC"));
    }

    @Test
    void shouldRecordWhoCreatedTheTicket() {
        String agentId = Api.as(agent).get("/api/v1/me").path("id");
        String requesterId = Api.as(requester).get("/api/v1/me").path("id");
        String ticket = Api.as(agent)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "Call", "requesterId": "%s"}""".formatted(requesterId))
                .post("/api/v1/tickets")
                .path("id");

        Api.as(requester)
                .get(timeline(ticket))
                .then()
                .body("items[0].kind", equalTo("CREATED"))
                .body("items[0].authorId", equalTo(agentId));
    }

    @Test
    void shouldKeepInternalNotesForTheDesk() {
        String ticket = TestTickets.printerJam(requester);

        problem(comment(requester, ticket, """
                {"body": "psst", "visibility": "INTERNAL"}"""), 403, "forbidden");
    }

    @Test
    void shouldHideOtherRequestersTicketsEntirely() {
        String ticket = TestTickets.printerJam(requester);
        TestUser stranger = TestUser.with(Role.REQUESTER);

        problem(comment(stranger, ticket, """
                {"body": "hello", "visibility": "PUBLIC"}"""), 404, "not-found");
        problem(Api.hostile(stranger).get(timeline(ticket)), 404, "not-found");
        problem(Api.hostile(agent).get(timeline(UUID.randomUUID().toString())), 404, "not-found");
    }

    /** Visibility is always stated: an agent UI that forgets it must not reply to the requester. */
    @Test
    void shouldRequireACommentBodyAndItsVisibility() {
        String ticket = TestTickets.printerJam(requester);

        problem(comment(agent, ticket, """
                {"body": "Root cause: the fuser"}"""), 400, "validation").body("errors.field", contains("visibility"));
        Api.as(requester).get(timeline(ticket)).then().body("items.kind", contains("CREATED"));

        problem(comment(requester, ticket, """
                {"body": "  ", "visibility": "PUBLIC"}"""), 400, "validation").body("errors.field", contains("body"));
        problem(comment(requester, ticket, """
                {"visibility": "SECRET", "body": "x"}"""), 400, "validation").body("errors.field", contains("visibility"));
    }

    @Test
    void shouldNotCommentTwiceOnARetry() {
        String ticket = TestTickets.printerJam(requester);
        String key = UUID.randomUUID().toString();

        Response first = Api.hostile(requester)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body("""
                        {"body": "Any news?", "visibility": "PUBLIC"}""")
                .post("/api/v1/tickets/" + ticket + "/comments");
        Response retried = Api.hostile(requester)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body("""
                        {"body": "Any news?", "visibility": "PUBLIC"}""")
                .post("/api/v1/tickets/" + ticket + "/comments");

        assertThat(retried.path("id").toString()).isEqualTo(first.path("id"));
        Api.as(requester).get(timeline(ticket)).then().body("items.kind", contains("CREATED", "COMMENT"));
    }

    @Test
    void shouldNotCommentTwiceWhenTheRetryNamesTheTicketOtherwise() {
        Response created =
                Api.as(requester).contentType("application/json").body("""
                        {"type": "INCIDENT", "subject": "x"}""").post("/api/v1/tickets");
        String id = created.path("id");
        String key = created.path("key");
        String idempotencyKey = UUID.randomUUID().toString();

        for (String ref : List.of(id, key, key.toLowerCase())) {
            Api.hostile(requester)
                    .contentType("application/json")
                    .header("Idempotency-Key", idempotencyKey)
                    .body("""
                            {"body": "Any news?", "visibility": "PUBLIC"}""")
                    .post("/api/v1/tickets/" + ref + "/comments")
                    .then()
                    .statusCode(201);
        }

        Api.as(requester).get(timeline(id)).then().body("items.kind", contains("CREATED", "COMMENT"));
    }

    @Test
    void shouldPageThroughTheTimeline() {
        String ticket = TestTickets.printerJam(requester);
        for (int i = 1; i <= 4; i++) {
            comment(agent, ticket, """
                    {"body": "update %s", "visibility": "PUBLIC"}""".formatted(i)).then().statusCode(201);
        }
        List<Object> bodies = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as(requester).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(timeline(ticket));
            bodies.addAll(page.path("items.body"));
            cursor = page.path("nextCursor");
        } while (cursor != null);

        assertThat(bodies).containsExactly(null, "update 1", "update 2", "update 3", "update 4");
    }

    @Test
    void shouldPageThroughTheTimelineNewestFirst() {
        String ticket = TestTickets.printerJam(requester);
        for (int i = 1; i <= 3; i++) {
            comment(agent, ticket, """
                    {"body": "update %s", "visibility": "PUBLIC"}""".formatted(i)).then().statusCode(201);
        }
        Response first = Api.as(requester)
                .queryParam("sort", "-createdAt")
                .queryParam("limit", 2)
                .get(timeline(ticket));
        first.then().statusCode(200).body("items.body", contains("update 3", "update 2"));
        String cursor = first.path("nextCursor");

        Api.as(requester)
                .queryParam("sort", "-createdAt")
                .queryParam("cursor", cursor)
                .get(timeline(ticket))
                .then()
                .body("items.body", contains("update 1", null))
                .body("nextCursor", nullValue());
        problem(Api.hostile(requester).queryParam("cursor", cursor).get(timeline(ticket)), 400, "validation")
                .body("errors.field", contains("cursor"));
        problem(Api.hostile(requester).queryParam("sort", "newest").get(timeline(ticket)), 400, "validation")
                .body("errors.field", contains("sort"));
    }

    @Test
    void shouldRefuseToEditOrDeleteAnEntryEvenFromSql() {
        String ticket = TestTickets.printerJam(requester);
        UUID id = UUID.fromString(Api.as(agent).get(timeline(ticket)).path("items[0].id"));

        assertThatThrownBy(() -> pool.preparedQuery("UPDATE timeline_entry SET body = 'rewritten' WHERE id = $1")
                        .execute(Tuple.of(id))
                        .await()
                        .atMost(Duration.ofSeconds(5)))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> pool.preparedQuery("DELETE FROM timeline_entry WHERE id = $1")
                        .execute(Tuple.of(id))
                        .await()
                        .atMost(Duration.ofSeconds(5)))
                .hasMessageContaining("append-only");
        Api.as(agent).get(timeline(ticket)).then().body("items[0].body", nullValue());
    }

    private static Response comment(TestUser user, String ticket, String json) {
        return Api.hostile(user)
                .contentType("application/json")
                .body(json)
                .post("/api/v1/tickets/" + ticket + "/comments");
    }

    private static String timeline(String ticket) {
        return "/api/v1/tickets/" + ticket + "/timeline";
    }
}
