package dev.servicedesk.kb;

import static dev.servicedesk.kb.ArticleReviewTest.path;
import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.Jobs;
import dev.servicedesk.support.TestArticles;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Readers' votes (one each, changeable), reads counted without a write per read, and helpful articles ranked first. */
@QuarkusTest
class ArticleFeedbackTest {
    @Inject
    ArticleViewCounter reads;

    @Inject
    Pool pool;

    private final TestUser agent = TestUser.with(Role.AGENT);
    private final TestUser supervisor = TestUser.with(Role.SUPERVISOR);
    private final TestUser requester = TestUser.with(Role.REQUESTER);

    @Test
    void shouldKeepOneVotePerPersonThatTheyMayChange() {
        String article = published("Scanner " + UUID.randomUUID());
        vote(requester, article, """
                {"helpful": false, "comment": "  Our scanner has no such button.  "}""")
                .then()
                .statusCode(200)
                .body("helpful", equalTo(false))
                .body("comment", equalTo("Our scanner has no such button."))
                .body("personId", equalTo(requester.signIn()));
        vote(agent, article, """
                {"helpful": true}""").then().statusCode(200).body("comment", nullValue());
        vote(requester, article, """
                {"helpful": true, "comment": "Found it on the back."}""").then().statusCode(200);
        Api.as(requester)
                .get(path(article))
                .then()
                .body("usage.helpful", equalTo(2))
                .body("usage.notHelpful", equalTo(0));
        Api.as(agent)
                .get(path(article) + "/feedback")
                .then()
                .statusCode(200)
                .body("items.helpful", equalTo(List.of(true, true)))
                .body("items[0].comment", equalTo("Found it on the back."))
                .body("nextCursor", nullValue());
        Response page = Api.as(agent).queryParam("limit", 1).get(path(article) + "/feedback");
        Api.as(agent)
                .queryParam("limit", 1)
                .queryParam("cursor", page.path("nextCursor").toString())
                .get(path(article) + "/feedback")
                .then()
                .body("items.personId", equalTo(List.of(agent.signIn())));
        problem(Api.as(requester).get(path(article) + "/feedback"), 403, "forbidden");
    }

    @Test
    void shouldRefuseAVoteOnWhatTheReaderCannotRead() {
        String draft = TestArticles.draft(agent);
        problem(vote(requester, draft, """
                {"helpful": true}"""), 404, "not-found");
        vote(agent, draft, """
                {"helpful": true}""").then().statusCode(200);
        problem(
                Api.hostile(requester)
                        .contentType("application/json")
                        .body("{}")
                        .put(path(draft) + "/feedback"),
                400,
                "validation");
    }

    @Test
    void shouldCountReadsWithoutWritingOnEachRead() {
        String article = published("Badge " + UUID.randomUUID());
        Jobs.await(reads::flush);
        int before = Api.as(requester).get(path(article)).then().extract().path("usage.views");
        for (int i = 0; i < 3; i++) {
            Api.as(requester).get(path(article)).then().statusCode(200);
        }
        assertThat(storedViews(article)).as("reads are not written one by one").isEqualTo(before);
        Jobs.await(reads::flush);
        int after = Api.as(requester).get(path(article)).then().extract().path("usage.views");
        assertThat(after).isEqualTo(before + 4);
    }

    @Test
    void shouldRankTheMoreHelpfulOfTwoEqualHitsFirst() {
        String word = "w"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).replaceAll("[0-9]", "x");
        String plain = published("Toner " + word);
        String helpful = published("Toner " + word);
        vote(requester, helpful, """
                {"helpful": true}""").then().statusCode(200);
        Api.as(requester)
                .queryParam("q", word)
                .get("/api/v1/kb/search")
                .then()
                .body("items.id", equalTo(List.of(helpful, plain)));
        vote(requester, helpful, """
                {"helpful": false}""").then().statusCode(200);
        vote(agent, plain, """
                {"helpful": true}""").then().statusCode(200);
        Api.as(requester)
                .queryParam("q", word)
                .get("/api/v1/kb/search")
                .then()
                .body("items.id", equalTo(List.of(plain, helpful)));
    }

    private long storedViews(String article) {
        return pool.preparedQuery("SELECT views FROM kb_article_views WHERE article_id = $1")
                .execute(Tuple.of(UUID.fromString(article)))
                .await()
                .atMost(Duration.ofSeconds(5))
                .iterator()
                .next()
                .getLong("views");
    }

    private String published(String title) {
        String article = TestArticles.create(agent, """
                {"type": "SOLUTION", "language": "en", "title": "%s", "body": "Press the button.", "visibility": "PUBLIC"}""".formatted(title));
        TestArticles.act(agent, article, "submit", "{}").then().statusCode(200);
        TestArticles.approve(supervisor, article);
        return article;
    }

    private static Response vote(TestUser user, String article, String json) {
        return Api.hostile(user).contentType("application/json").body(json).put(path(article) + "/feedback");
    }
}
