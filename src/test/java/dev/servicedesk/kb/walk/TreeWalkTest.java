package dev.servicedesk.kb.walk;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.Jobs;
import dev.servicedesk.support.TestArticles;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Walks through a troubleshooting article's decision tree: one answer at a time to an outcome, the
 * revision they started on, only by their walker, told to the ticket they belong to, and counted
 * per question.
 */
@QuarkusTest
class TreeWalkTest {
    private static final String TREE = """
            {"start": "power", "nodes": [
              {"id": "power", "question": "Is the display lit?", "help": "Above the keypad.", "answers": [
                {"label": "Yes", "next": "message"},
                {"label": "No", "outcome": {"kind": "SOLUTION", "text": "Switch the printer on at the back."}}]},
              {"id": "message", "question": "What does the display say?", "answers": [
                {"label": "13.A2", "outcome": {"kind": "ARTICLE", "articleId": "%s"}},
                {"label": "Something else", "outcome": {"kind": "RAISE_TICKET", "category": "HARDWARE"}}]}]}""";

    /** The suite's database holds other tests' walks: a sweep of all of them reaches this test's. */
    private static final int EVERY_IDLE_WALK = 1_000_000;

    private final TestUser author = TestUser.with(Role.AGENT);
    private final TestUser approver = TestUser.with(Role.SUPERVISOR);
    private final TestUser admin = TestUser.with(Role.ADMIN);
    private final TestUser requester = TestUser.with(Role.REQUESTER);

    @Inject
    TestClock clock;

    @Inject
    TreeWalks walks;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void shouldWalkOneAnswerAtATimeToAnOutcome() {
        String article = published("PUBLIC");
        Response started = start(requester, article, "{}");
        started.then()
                .statusCode(201)
                .header("Location", equalTo("/api/v1/kb/walks/" + started.path("id")))
                .header("ETag", notNullValue())
                .body("articleId", equalTo(article))
                .body("articleKey", startsWith("KB-"))
                .body("title", equalTo("Printer does not print"))
                .body("language", equalTo("en"))
                .body("status", equalTo("IN_PROGRESS"))
                .body("path", empty())
                .body("question.nodeId", equalTo("power"))
                .body("question.help", equalTo("Above the keypad."))
                .body("question.answers", contains("Yes", "No"))
                .body("outcome", nullValue())
                .body("ticketId", nullValue())
                .body("endedAt", nullValue());
        String walk = started.path("id");

        answer(requester, walk, "power", 0)
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("path.label", contains("Yes"))
                .body("question.nodeId", equalTo("message"))
                .body("question.help", nullValue());
        answer(requester, walk, "message", 1)
                .then()
                .statusCode(200)
                .body("status", equalTo("OUTCOME_REACHED"))
                .body("question", nullValue())
                .body("outcome.kind", equalTo("RAISE_TICKET"))
                .body("outcome.category", equalTo("HARDWARE"))
                .body("outcome.stepsTried.step", contains("Is the display lit?", "What does the display say?"))
                .body("outcome.stepsTried.effect", contains("Yes", "Something else"));
        end(requester, walk, """
                {"result": "NOT_SOLVED"}""")
                .then()
                .statusCode(200)
                .body("status", equalTo("NOT_SOLVED"))
                .body("endedAt", notNullValue());
        Api.as(requester)
                .get("/api/v1/kb/walks/" + walk)
                .then()
                .statusCode(200)
                .body("status", equalTo("NOT_SOLVED"))
                .body("path.nodeId", contains("power", "message"));
    }

    @Test
    void shouldTakeOnlyTheAnswerToTheQuestionItStandsAt() {
        String walk = start(requester, published("PUBLIC"), "{}").path("id");
        problem(answer(requester, walk, "message", 0), 409, "conflict");
        problem(answer(requester, walk, "power", 2), 400, "validation").body("errors.field", contains("answer"));
        problem(
                        Api.hostile(requester)
                                .contentType("application/json")
                                .body("""
                                        {"nodeId": "Power!", "answer": -1}""")
                                .header("If-Match", etag(requester, walk))
                                .post("/api/v1/kb/walks/" + walk + "/answers"),
                        400,
                        "validation")
                .body("errors.field", contains("answer", "nodeId"));
        problem(
                Api.hostile(requester)
                        .contentType("application/json")
                        .body("""
                                {"nodeId": "power", "answer": 0}""")
                        .post("/api/v1/kb/walks/" + walk + "/answers"),
                428,
                "precondition-required");
        String stale = etag(requester, walk);
        answer(requester, walk, "power", 1).then().statusCode(200).body("outcome.kind", equalTo("SOLUTION"));
        problem(
                Api.hostile(requester)
                        .contentType("application/json")
                        .header("If-Match", stale)
                        .body("""
                                {"result": "SOLVED"}""")
                        .post("/api/v1/kb/walks/" + walk + "/end"),
                412,
                "precondition-failed");
        problem(answer(requester, walk, "power", 1), 409, "conflict");
        end(requester, walk, """
                {"result": "SOLVED"}""").then().statusCode(200).body("status", equalTo("SOLVED"));
        problem(end(requester, walk, """
                {"result": "ABANDONED"}"""), 409, "conflict");

        String early = start(requester, published("PUBLIC"), "{}").path("id");
        problem(end(requester, early, """
                {"result": "NOT_SOLVED"}"""), 409, "conflict");
        problem(end(requester, early, """
                {"result": "GAVE_UP"}"""), 400, "validation");
        end(requester, early, """
                {"result": "SOLVED"}""")
                .then()
                .statusCode(200)
                .body("status", equalTo("SOLVED"))
                .body("question.nodeId", equalTo("power"))
                .body("outcome", nullValue());
    }

    @Test
    void shouldKeepAWalkToItsWalker() {
        String walk = start(requester, published("PUBLIC"), "{}").path("id");
        TestUser stranger = TestUser.with(Role.REQUESTER);
        problem(Api.hostile(stranger).get("/api/v1/kb/walks/" + walk), 404, "not-found");
        problem(Api.hostile(stranger).get("/api/v1/kb/walks/" + UUID.randomUUID()), 404, "not-found");
        problem(Api.hostile(stranger).get("/api/v1/kb/walks/not-a-walk"), 404, "not-found");
        problem(
                Api.hostile(stranger)
                        .contentType("application/json")
                        .header("If-Match", "\"0\"")
                        .body("""
                                {"nodeId": "power", "answer": 0}""")
                        .post("/api/v1/kb/walks/" + walk + "/answers"),
                404,
                "not-found");
        Api.as(author).get("/api/v1/kb/walks/" + walk).then().statusCode(200);
        problem(answer(author, walk, "power", 0), 403, "forbidden");
        Api.as(requester).get("/api/v1/kb/walks/" + walk).then().body("path", empty());
    }

    @Test
    void shouldWalkOnlyPublishedTreesTheCallerMayRead() {
        String internal = published("INTERNAL");
        problem(start(requester, internal, "{}"), 404, "not-found");
        start(author, internal, "{}").then().statusCode(201);
        String draft = TestArticles.create(author, troubleshooting("PUBLIC"));
        problem(start(requester, draft, "{}"), 404, "not-found");
        problem(start(author, draft, "{}"), 409, "conflict");
        problem(start(requester, solution(), "{}"), 409, "conflict");
        problem(start(requester, "KB-999999999", "{}"), 404, "not-found");
        problem(start(requester, published("PUBLIC"), """
                {"ticketRef": 42}"""), 400, "validation")
                .body("errors.field", contains("ticketRef"));
    }

    @Test
    void shouldFollowTheRevisionItStartedOn() {
        String article = published("PUBLIC");
        String walk = start(requester, article, "{}").path("id");
        Api.as(author)
                .contentType("application/merge-patch+json")
                .header("If-Match", TestArticles.etag(author, article))
                .body("""
                        {"tree": %s}""".formatted(tree().replace("Is the display lit?", "Is the screen lit?")))
                .patch("/api/v1/kb/articles/" + article)
                .then()
                .statusCode(200);
        TestArticles.act(author, article, "submit", "{}").then().statusCode(200);
        TestArticles.approve(approver, article);
        Api.as(requester)
                .get("/api/v1/kb/articles/" + article)
                .then()
                .body("tree.nodes[0].question", equalTo("Is the screen lit?"));

        answer(requester, walk, "power", 1)
                .then()
                .statusCode(200)
                .body("revision", equalTo(1))
                .body("path[0].question", equalTo("Is the display lit?"));
        start(requester, article, "{}")
                .then()
                .body("revision", equalTo(2))
                .body("question.question", equalTo("Is the screen lit?"));
    }

    @Test
    void shouldStopARequestersWalkOnceTheArticleIsNoLongerTheirsToRead() {
        String article = published("PUBLIC");
        String walk = start(requester, article, "{}").path("id");
        String desks = start(author, article, "{}").path("id");
        Api.as(author)
                .contentType("application/merge-patch+json")
                .header("If-Match", TestArticles.etag(author, article))
                .body("""
                        {"visibility": "INTERNAL"}""")
                .patch("/api/v1/kb/articles/" + article)
                .then()
                .statusCode(200);
        TestArticles.act(author, article, "submit", "{}").then().statusCode(200);
        TestArticles.approve(approver, article);

        problem(answer(requester, walk, "power", 0), 409, "conflict");
        Api.as(requester).get("/api/v1/kb/walks/" + walk).then().statusCode(200).body("path", empty());
        end(requester, walk, """
                {"result": "ABANDONED"}""").then().statusCode(200);
        answer(author, desks, "power", 0).then().statusCode(200);

        String archived = published("PUBLIC");
        String walkOnArchived = start(requester, archived, "{}").path("id");
        Api.as(approver)
                .contentType("application/json")
                .header("If-Match", TestArticles.etag(approver, archived))
                .body("""
                        {"reason": "Replaced"}""")
                .post("/api/v1/kb/articles/" + archived + "/archive")
                .then()
                .statusCode(200);
        problem(answer(requester, walkOnArchived, "power", 0), 409, "conflict");
    }

    @Test
    void shouldTellTheTicketWhatWasTried() {
        String article = published("PUBLIC");
        String ticket = TestTickets.printerJam(requester);
        String walk = start(admin, article, """
                {"ticketRef": "%s"}""".formatted(ticket)).path("id");
        Api.as(admin).get("/api/v1/kb/walks/" + walk).then().body("ticketId", equalTo(ticket));
        answer(admin, walk, "power", 0).then().statusCode(200);
        answer(admin, walk, "message", 1).then().statusCode(200);
        end(admin, walk, """
                {"result": "NOT_SOLVED"}""").then().statusCode(200);

        String key = Api.as(admin).get("/api/v1/kb/walks/" + walk).path("articleKey");
        String entry = "items.find { it.kind == 'KB_WALK' }.";
        Api.as(admin)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .statusCode(200)
                .body(entry + "visibility", equalTo("INTERNAL"))
                .body(entry + "walk.walkId", equalTo(walk))
                .body(entry + "walk.articleId", equalTo(article))
                .body(entry + "walk.articleKey", equalTo(key))
                .body(entry + "body", equalTo("""
                        Walked %s "Printer does not print" (revision 1, en):
                        1. Is the display lit? → Yes
                        2. What does the display say? → Something else
                        Outcome: raise a ticket in HARDWARE
                        Result: NOT_SOLVED""".formatted(key)));
        Api.as(requester)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.kind", not(hasItem("KB_WALK")));
    }

    @Test
    void shouldAttachAWalkToItsTicketWhenItEnds() {
        String article = published("PUBLIC");
        String walk = start(requester, article, "{}").path("id");
        answer(requester, walk, "power", 0).then().statusCode(200);
        answer(requester, walk, "message", 1).then().statusCode(200);
        String other = TestTickets.printerJam(TestUser.with(Role.REQUESTER));
        problem(end(requester, walk, """
                {"result": "NOT_SOLVED", "ticketRef": "%s"}""".formatted(other)), 404, "not-found");
        String ticket = TestTickets.printerJam(requester);
        end(requester, walk, """
                {"result": "NOT_SOLVED", "ticketRef": "%s"}""".formatted(ticket)).then().statusCode(200).body("ticketId", equalTo(ticket));
        Api.as(admin)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.findAll { it.kind == 'KB_WALK' }", hasSize(1))
                .body("items.find { it.kind == 'KB_WALK' }.authorId", notNullValue());

        String attached = start(requester, article, """
                {"ticketRef": "%s"}""".formatted(ticket)).path("id");
        String another = TestTickets.printerJam(requester);
        problem(end(requester, attached, """
                {"result": "ABANDONED", "ticketRef": "%s"}""".formatted(another)), 409, "conflict");
        TestTickets.move(requester, another, """
                {"to": "CANCELLED", "cancelReason": "Found the cable unplugged"}""").then().statusCode(200);
        problem(start(requester, article, """
                {"ticketRef": "%s"}""".formatted(another)), 409, "conflict");
    }

    @Test
    void shouldAbandonAWalkLeftWithoutAnAnswer() {
        String article = published("PUBLIC");
        String ticket = TestTickets.printerJam(requester);
        String walk = start(requester, article, """
                {"ticketRef": "%s"}""".formatted(ticket)).path("id");
        String fresh = start(requester, article, "{}").path("id");
        String unconfirmed = start(requester, article, "{}").path("id");
        answer(requester, walk, "power", 0).then().statusCode(200);
        answer(requester, unconfirmed, "power", 1).then().statusCode(200);

        clock.pin(Instant.now().plus(Duration.ofHours(23)));
        answer(requester, fresh, "power", 0).then().statusCode(200);
        clock.pin(Instant.now().plus(Duration.ofHours(25)));
        Jobs.await(() -> walks.endIdle(EVERY_IDLE_WALK));

        Api.as(requester)
                .get("/api/v1/kb/walks/" + walk)
                .then()
                .body("status", equalTo("ABANDONED"))
                .body("question.nodeId", equalTo("message"));
        Api.as(requester).get("/api/v1/kb/walks/" + fresh).then().body("status", equalTo("IN_PROGRESS"));
        Api.as(requester)
                .get("/api/v1/kb/walks/" + unconfirmed)
                .then()
                .body("status", equalTo("UNCONFIRMED"))
                .body("outcome.kind", equalTo("SOLUTION"));
        Api.as(author)
                .get("/api/v1/kb/articles/" + article + "/walk-stats")
                .then()
                .body("nodes.abandoned", contains(0, 1))
                .body("nodes.unconfirmed", contains(1, 0));
        Api.as(admin)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body(
                        "items.find { it.kind == 'KB_WALK' }.body",
                        containsString("Stopped at: What does the display say?\nResult: ABANDONED"));
        Jobs.await(() -> walks.endIdle(EVERY_IDLE_WALK));
        Api.as(admin)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.findAll { it.kind == 'KB_WALK' }", hasSize(1));
    }

    @Test
    void shouldCountWalksPerQuestion() {
        String article = published("PUBLIC");
        String solved = start(requester, article, "{}").path("id");
        answer(requester, solved, "power", 1).then().statusCode(200);
        end(requester, solved, """
                {"result": "SOLVED"}""").then().statusCode(200);
        String notSolved = start(requester, article, "{}").path("id");
        answer(requester, notSolved, "power", 0).then().statusCode(200);
        answer(requester, notSolved, "message", 0).then().statusCode(200);
        end(requester, notSolved, """
                {"result": "NOT_SOLVED"}""").then().statusCode(200);
        String abandoned = start(requester, article, "{}").path("id");
        answer(requester, abandoned, "power", 0).then().statusCode(200);
        end(requester, abandoned, """
                {"result": "ABANDONED"}""").then().statusCode(200);
        start(requester, article, "{}").then().statusCode(201);

        Api.as(author)
                .get("/api/v1/kb/articles/" + article + "/walk-stats")
                .then()
                .statusCode(200)
                .body("articleId", equalTo(article))
                .body("walks", equalTo(4))
                .body("open", equalTo(1))
                .body("nodes.nodeId", contains("power", "message"))
                .body("nodes.question", contains("Is the display lit?", "What does the display say?"))
                .body("nodes.reached", contains(4, 2))
                .body("nodes.solved", contains(1, 0))
                .body("nodes.notSolved", contains(0, 1))
                .body("nodes.abandoned", contains(0, 1))
                .body("nodes.unconfirmed", contains(0, 0));
        problem(Api.hostile(requester).get("/api/v1/kb/articles/" + article + "/walk-stats"), 403, "forbidden");
        problem(Api.hostile(author).get("/api/v1/kb/articles/" + solution() + "/walk-stats"), 409, "conflict");
    }

    @Test
    void shouldListWalksToTheirWalkerAndTheDesk() {
        String article = published("PUBLIC");
        TestUser walker = TestUser.with(Role.REQUESTER);
        TestUser stranger = TestUser.with(Role.REQUESTER);
        String ticket = TestTickets.printerJam(walker);
        String attached = start(walker, article, """
                {"ticketRef": "%s"}""".formatted(ticket)).path("id");
        String ended = start(walker, article, "{}").path("id");
        end(walker, ended, """
                {"result": "ABANDONED"}""").then().statusCode(200);
        String strangers = start(stranger, article, "{}").path("id");

        Api.as(walker).get("/api/v1/kb/walks").then().statusCode(200).body("items.id", contains(ended, attached));
        Api.as(walker)
                .queryParam("open", true)
                .get("/api/v1/kb/walks")
                .then()
                .body("items.id", contains(attached))
                .body("items[0].question.nodeId", equalTo("power"));
        Api.as(walker)
                .queryParam("ticketRef", ticket)
                .get("/api/v1/kb/walks")
                .then()
                .body("items.id", contains(attached));
        problem(Api.hostile(walker).queryParam("walkerId", "me").get("/api/v1/kb/walks"), 400, "validation")
                .body("errors.field", contains("walkerId"));
        problem(Api.hostile(stranger).queryParam("ticketRef", ticket).get("/api/v1/kb/walks"), 404, "not-found");
        problem(Api.hostile(walker).queryParam("open", "maybe").get("/api/v1/kb/walks"), 400, "validation")
                .body("errors.field", contains("open"));

        Api.as(admin)
                .queryParam("articleRef", article)
                .get("/api/v1/kb/walks")
                .then()
                .body("items.id", contains(strangers, ended, attached));
        Response first = Api.as(admin)
                .queryParam("articleRef", article)
                .queryParam("limit", 2)
                .get("/api/v1/kb/walks");
        first.then().body("items.id", contains(strangers, ended));
        Api.as(admin)
                .queryParam("articleRef", article)
                .queryParam("limit", 2)
                .queryParam("cursor", first.path("nextCursor").toString())
                .get("/api/v1/kb/walks")
                .then()
                .body("items.id", contains(attached))
                .body("nextCursor", nullValue());
        Api.as(admin)
                .queryParam("articleRef", article)
                .queryParam(
                        "walkerId",
                        Api.as(stranger)
                                .get("/api/v1/kb/walks/" + strangers)
                                .path("walkerId")
                                .toString())
                .get("/api/v1/kb/walks")
                .then()
                .body("items.id", contains(strangers));
        Api.as(admin)
                .queryParam("ticketRef", ticket)
                .get("/api/v1/kb/walks")
                .then()
                .body("items.id", contains(attached));
        problem(Api.hostile(walker).queryParam("articleRef", "KB-999999999").get("/api/v1/kb/walks"), 404, "not-found");
        String internal = published("INTERNAL");
        problem(Api.hostile(walker).queryParam("articleRef", internal).get("/api/v1/kb/walks"), 404, "not-found")
                .body("detail", containsString(internal));
        problem(
                        start(
                                walker,
                                Api.as(admin)
                                        .get("/api/v1/kb/articles/" + internal)
                                        .path("key"),
                                "{}"),
                        404,
                        "not-found")
                .body("detail", containsString("KB-"));
        Api.as(admin)
                .queryParam("articleRef", article)
                .queryParam("walkerId", "me")
                .get("/api/v1/kb/walks")
                .then()
                .body("items", empty());
    }

    @Test
    void shouldReplayAStartWithTheSameIdempotencyKey() {
        String article = published("PUBLIC");
        String key = UUID.randomUUID().toString();
        String first = Api.as(requester)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body("{}")
                .post("/api/v1/kb/articles/" + article + "/walks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(requester)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body("{}")
                .post("/api/v1/kb/articles/" + article + "/walks")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        String articleKey = Api.as(requester).get("/api/v1/kb/walks/" + first).path("articleKey");
        Api.as(requester)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body("{}")
                .post("/api/v1/kb/articles/" + articleKey.toLowerCase(Locale.ROOT) + "/walks")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
    }

    private String published(String visibility) {
        String article = TestArticles.create(author, troubleshooting(visibility));
        TestArticles.act(author, article, "submit", "{}").then().statusCode(200);
        TestArticles.approve(approver, article);
        return article;
    }

    private String solution() {
        String solution = TestArticles.inReview(author);
        TestArticles.approve(approver, solution);
        return solution;
    }

    private String troubleshooting(String visibility) {
        return """
                {"type": "TROUBLESHOOTING", "language": "en", "title": "Printer does not print",
                 "body": "Walk the caller through the questions.", "visibility": "%s", "tree": %s}""".formatted(visibility, tree());
    }

    private String tree() {
        if (sharedSolution == null) {
            sharedSolution = solution();
        }
        return TREE.formatted(sharedSolution);
    }

    private String sharedSolution;

    private static Response start(TestUser user, String article, String json) {
        return Api.hostile(user)
                .contentType("application/json")
                .body(json)
                .post("/api/v1/kb/articles/" + article + "/walks");
    }

    private static Response answer(TestUser user, String walk, String nodeId, int answer) {
        return Api.hostile(user)
                .contentType("application/json")
                .header("If-Match", etag(user, walk))
                .body("""
                        {"nodeId": "%s", "answer": %d}""".formatted(nodeId, answer))
                .post("/api/v1/kb/walks/" + walk + "/answers");
    }

    private static Response end(TestUser user, String walk, String json) {
        return Api.hostile(user)
                .contentType("application/json")
                .header("If-Match", etag(user, walk))
                .body(json)
                .post("/api/v1/kb/walks/" + walk + "/end");
    }

    private static String etag(TestUser user, String walk) {
        return Api.as(user)
                .get("/api/v1/kb/walks/" + walk)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
