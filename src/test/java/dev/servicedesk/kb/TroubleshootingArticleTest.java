package dev.servicedesk.kb;

import static dev.servicedesk.kb.ArticleReviewTest.edit;
import static dev.servicedesk.kb.ArticleReviewTest.path;
import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestArticles;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** A TROUBLESHOOTING article holds a decision tree, saved only as a tree a walk can finish, translated in its shape. */
@QuarkusTest
class TroubleshootingArticleTest {
    private static final String TREE = """
            {"start": "power", "nodes": [
              {"id": "power", "question": "Is the display lit?", "answers": [
                {"label": "Yes", "next": "message"},
                {"label": "No", "outcome": {"kind": "SOLUTION", "text": "Switch the printer on at the back."}}]},
              {"id": "message", "question": "What does the display say?", "answers": [
                {"label": "13.A2", "outcome": {"kind": "ARTICLE", "articleId": "%s"}},
                {"label": "Something else", "outcome": {"kind": "RAISE_TICKET", "category": "HARDWARE"}}]}]}""";

    private final TestUser agent = TestUser.with(Role.AGENT);

    @Test
    void shouldKeepATroubleshootingTreeInEachRevision() {
        String solution = TestArticles.inReview(agent);
        TestArticles.approve(TestUser.with(Role.SUPERVISOR), solution);
        String article = TestArticles.create(agent, troubleshooting(TREE.formatted(solution)));
        Api.as(agent)
                .get(path(article))
                .then()
                .statusCode(200)
                .body("tree.start", equalTo("power"))
                .body("tree.nodes[1].answers[0].outcome.articleId", equalTo(solution));
        edit(agent, article, """
                {"tree": %s}""".formatted(
                                TREE.formatted(solution).replace("Is the display lit?", "Is the screen lit?")))
                .then()
                .statusCode(200);
        Api.as(agent)
                .queryParam("from", 1)
                .queryParam("to", 2)
                .get(path(article) + "/diff")
                .then()
                .body("changes.field", contains("tree"));
        Api.as(agent).get(path(TestArticles.draft(agent))).then().body("$", not(hasItem("tree")));
    }

    @Test
    void shouldKeepTheArticlesAPublishedTreeLeadsTo() {
        TestUser supervisor = TestUser.with(Role.SUPERVISOR);
        String solution = TestArticles.inReview(agent);
        TestArticles.approve(supervisor, solution);
        String article = TestArticles.create(
                agent,
                troubleshooting(TREE.formatted(solution))
                        .replace("\"tree\":", "\"visibility\": \"PUBLIC\", \"tree\":"));
        String draftOnly = TestArticles.create(agent, troubleshooting(TREE.formatted(solution)));
        TestArticles.act(agent, article, "submit", "{}").then().statusCode(200);
        TestArticles.approve(supervisor, article);
        String key = Api.as(agent).get(path(article)).path("key");

        problem(archive(supervisor, solution), 409, "conflict").body("detail", containsString(key));
        edit(agent, solution, """
                {"visibility": "INTERNAL"}""").then().statusCode(200);
        TestArticles.act(agent, solution, "submit", "{}").then().statusCode(200);
        problem(TestArticles.act(supervisor, solution, "approve", "{}"), 409, "conflict")
                .body("detail", containsString(key));

        TestArticles.act(agent, draftOnly, "submit", "{}").then().statusCode(200);
        archive(supervisor, article).then().statusCode(200);
        archive(supervisor, solution).then().statusCode(200);
        String solutionKey = Api.as(agent).get(path(solution)).path("key");
        problem(TestArticles.act(supervisor, draftOnly, "approve", "{}"), 409, "conflict")
                .body("detail", containsString(solutionKey));
    }

    @Test
    void shouldPublishAPublicTreeOnlyWhileItLeadsToPublicSolutions() {
        TestUser supervisor = TestUser.with(Role.SUPERVISOR);
        String solution = TestArticles.inReview(agent);
        TestArticles.approve(supervisor, solution);
        String tree = TestArticles.create(
                agent,
                troubleshooting(TREE.formatted(solution))
                        .replace("\"tree\":", "\"visibility\": \"PUBLIC\", \"tree\":"));
        TestArticles.act(agent, tree, "submit", "{}").then().statusCode(200);
        edit(agent, solution, """
                {"visibility": "INTERNAL"}""").then().statusCode(200);
        TestArticles.act(agent, solution, "submit", "{}").then().statusCode(200);
        TestArticles.approve(supervisor, solution);

        problem(TestArticles.act(supervisor, tree, "approve", "{}"), 409, "conflict")
                .body(
                        "detail",
                        containsString(
                                Api.as(agent).get(path(solution)).path("key").toString()));
        Api.as(agent).get(path(tree)).then().body("status", equalTo("IN_REVIEW"));
    }

    private static Response archive(TestUser user, String article) {
        return Api.hostile(user)
                .contentType("application/json")
                .header("If-Match", TestArticles.etag(user, article))
                .body("""
                        {"reason": "Replaced"}""")
                .post(path(article) + "/archive");
    }

    @Test
    void shouldRefuseATreeAWalkCouldNotFinish() {
        String cycle = """
                {"start": "a", "nodes": [
                  {"id": "a", "question": "A?", "answers": [{"label": "Yes", "next": "b"}, {"label": "No", "next": "b"}]},
                  {"id": "b", "question": "B?", "answers": [{"label": "Back", "next": "a"},
                    {"label": "Done", "outcome": {"kind": "SOLUTION", "text": "Done."}}]}]}""";
        problem(create(troubleshooting(cycle)), 400, "validation").body("errors.field", contains("tree"));
        String dangling = """
                {"start": "a", "nodes": [
                  {"id": "a", "question": "A?", "answers": [{"label": "Yes", "next": "nowhere"},
                    {"label": "No", "outcome": {"kind": "RAISE_TICKET"}}]}]}""";
        problem(create(troubleshooting(dangling)), 400, "validation")
                .body(
                        "errors.field",
                        contains("tree.nodes[0].answers[0].next", "tree.nodes[0].answers[1].outcome.category"));
        String mixed = """
                {"start": "a", "nodes": [{"id": "a", "question": "A?", "answers": [
                  {"label": "Yes", "outcome": {"kind": "SOLUTION", "text": "Done.", "category": "HARDWARE"}},
                  {"label": "No", "outcome": {"kind": "RAISE_TICKET", "category": "HARDWARE"}}]}]}""";
        problem(create(troubleshooting(mixed)), 400, "validation")
                .body("errors.field", contains("tree.nodes[0].answers[0].outcome.category"));
        problem(create(troubleshooting(TREE.formatted("019d1a2b-3c4d-7e5f-8a9b-0c1d2e3f4a5b"))), 400, "validation")
                .body("errors.field", contains("tree"));
        problem(create("""
                {"type": "TROUBLESHOOTING", "language": "en", "title": "Printer", "body": "Walk through it."}"""), 400, "validation").body("errors.field", contains("tree"));
        problem(create("""
                {"type": "FAQ", "language": "en", "title": "Printer", "body": "x", "tree": %s}""".formatted(cycle)), 400, "validation");
    }

    @Test
    void shouldTranslateATreeOnlyInItsShape() {
        String tree = """
                {"start": "power", "nodes": [{"id": "power", "question": "%s", "answers": [
                  {"label": "%s", "outcome": {"kind": "SOLUTION", "text": "%s"}},
                  {"label": "%s", "outcome": {"kind": "RAISE_TICKET", "category": "HARDWARE"}}]}]}""";
        String article =
                TestArticles.create(agent, troubleshooting(tree.formatted("Lit?", "Yes", "Print again.", "No")));
        translate(article, tree.formatted("Leuchtet es?", "Ja", "Erneut drucken.", "Nein"))
                .then()
                .statusCode(200);
        String rewired = """
                {"start": "power", "nodes": [{"id": "power", "question": "Leuchtet es?", "answers": [
                  {"label": "Ja", "outcome": {"kind": "RAISE_TICKET", "category": "HARDWARE"}},
                  {"label": "Nein", "outcome": {"kind": "SOLUTION", "text": "Erneut drucken."}}]}]}""";
        problem(translate(article, rewired), 400, "validation").body("errors.field", contains("tree"));
    }

    private Response translate(String article, String tree) {
        return Api.hostile(agent)
                .contentType("application/json")
                .header("If-Match", TestArticles.etag(agent, article))
                .body("""
                        {"title": "Drucker", "body": "Schritt für Schritt.", "tree": %s}""".formatted(tree))
                .put(path(article) + "/translations/de");
    }

    private Response create(String json) {
        return Api.hostile(agent).contentType("application/json").body(json).post("/api/v1/kb/articles");
    }

    private static String troubleshooting(String tree) {
        return """
                {"type": "TROUBLESHOOTING", "language": "en", "title": "Printer does not print",
                 "body": "Walk the caller through the questions.", "tree": %s}""".formatted(tree);
    }
}
