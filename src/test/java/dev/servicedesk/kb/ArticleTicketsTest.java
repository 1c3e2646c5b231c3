package dev.servicedesk.kb;

import static dev.servicedesk.kb.ArticleReviewTest.path;
import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestArticles;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A ticket resolved with an article (SOLVED_BY_KB) names it; the article counts and lists the tickets it solved. */
@QuarkusTest
class ArticleTicketsTest {
    private final TestUser author = TestUser.with(Role.AGENT);
    private final TestUser supervisor = TestUser.with(Role.SUPERVISOR);
    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private TestUser agent;

    @BeforeEach
    void onTheFrontLine() {
        agent = TestQueues.frontLineAgent();
    }

    @Test
    void shouldLinkATicketSolvedWithAnArticleAndCountIt() {
        String article = TestArticles.inReview(author);
        TestArticles.approve(supervisor, article);
        String ticket = TestTickets.printerJam(requester);
        TestTickets.move(agent, ticket, """
                {"to": "RESOLVED", "resolutionCode": "SOLVED_BY_KB", "resolutionNotes": "Reset the guides as the article says.",
                 "articleId": "%s"}""".formatted(article))
                .then()
                .statusCode(200)
                .body("resolutionCode", equalTo("SOLVED_BY_KB"))
                .body("resolutionArticleId", equalTo(article));
        Api.as(agent).get(path(article)).then().body("usage.tickets", equalTo(1));
        Api.as(requester).get("/api/v1/tickets/" + ticket).then().body("resolutionArticleId", nullValue());
        Api.as(agent)
                .queryParam("articleId", article)
                .get("/api/v1/tickets")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(ticket)));

        TestTickets.move(requester, ticket, """
                {"to": "IN_PROGRESS"}""").then().statusCode(200).body("resolutionArticleId", nullValue());
        Api.as(agent).get(path(article)).then().body("usage.tickets", equalTo(0));
        Api.as(agent)
                .queryParam("articleId", article)
                .get("/api/v1/tickets")
                .then()
                .body("items", equalTo(List.of()));
    }

    @Test
    void shouldTakeAnArticleOnlyWithSolvedByKbAndOnlyAPublishedOne() {
        String ticket = TestTickets.printerJam(requester);
        String draft = TestArticles.draft(author);
        problem(TestTickets.move(agent, ticket, """
                {"to": "RESOLVED", "resolutionCode": "SOLVED_BY_KB", "resolutionNotes": "Done."}"""), 400, "validation").body("errors.field", contains("articleId"));
        problem(TestTickets.move(agent, ticket, """
                {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Done.", "articleId": "%s"}""".formatted(draft)), 400, "validation")
                .body("errors.field", contains("articleId"));
        for (String unusable : List.of(draft, UUID.randomUUID().toString())) {
            problem(TestTickets.move(agent, ticket, """
                    {"to": "RESOLVED", "resolutionCode": "SOLVED_BY_KB", "resolutionNotes": "Done.", "articleId": "%s"}""".formatted(unusable)), 400, "validation")
                    .body("errors.field", contains("articleId"));
        }
        Api.as(agent).get("/api/v1/tickets/" + ticket).then().body("status", equalTo("NEW"));
        problem(TestTickets.move(requester, ticket, """
                {"to": "RESOLVED", "resolutionCode": "SOLVED_BY_KB", "resolutionNotes": "Done.", "articleId": "%s"}""".formatted(UUID.randomUUID())), 403, "forbidden");
    }

    @Test
    void shouldKeepTheTicketAnArticleWasWrittenFromForTheDeskOnly() {
        String ticket = TestTickets.printerJam(requester);
        String key = Api.as(agent).get("/api/v1/tickets/" + ticket).path("key");
        String article = TestArticles.create(author, """
                {"type": "SOLUTION", "language": "en", "title": "Tray 2 guides (%s)", "body": "Reset them.",
                 "visibility": "PUBLIC", "sourceTicket": "%s"}""".formatted(UUID.randomUUID(), key));
        Api.as(author).get(path(article)).then().statusCode(200).body("sourceTicketId", equalTo(ticket));
        TestArticles.act(author, article, "submit", "{}").then().statusCode(200);
        TestArticles.approve(supervisor, article);
        Api.as(requester).get(path(article)).then().statusCode(200).body("sourceTicketId", nullValue());

        problem(
                        Api.hostile(author)
                                .contentType("application/json")
                                .body("""
                                        {"type": "SOLUTION", "language": "en", "title": "Nowhere", "body": "None.",
                                         "sourceTicket": "INC-999999999"}""")
                                .post("/api/v1/kb/articles"),
                        400,
                        "validation")
                .body("errors.field", contains("sourceTicket"));
    }
}
