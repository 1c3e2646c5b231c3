package dev.servicedesk.kb;

import static dev.servicedesk.kb.ArticleReviewTest.edit;
import static dev.servicedesk.kb.ArticleReviewTest.path;
import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestArticles;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An article's revisions: immutable in the database, compared two at a time, restored as a new draft. */
@QuarkusTest
class ArticleRevisionsTest {
    @Inject
    Pool pool;

    private final TestUser agent = TestUser.with(Role.AGENT);
    private final TestUser requester = TestUser.with(Role.REQUESTER);

    @Test
    void shouldShowWhatChangedBetweenTwoRevisions() {
        String article = TestArticles.draft(agent);
        edit(agent, article, """
                {"title": "Tray 2 jams on the HP M507", "body": "Slide the **guides** out and back.\\nClean the roller.",
                 "tags": ["printing", "hp-m507"], "reviewBy": "2027-06-30"}""").then().statusCode(200);
        Api.as(agent)
                .queryParam("from", 1)
                .queryParam("to", 2)
                .get(path(article) + "/diff")
                .then()
                .statusCode(200)
                .body("from", equalTo(1))
                .body("to", equalTo(2))
                .body("changes.field", equalTo(List.of("title", "body", "tags", "reviewBy")))
                .body("changes[1].unifiedDiff", equalTo("""
                        --- revision 1
                        +++ revision 2
                        @@ -1,1 +1,2 @@
                         Slide the **guides** out and back.
                        +Clean the roller.
                        """))
                .body("changes[2].from", equalTo(List.of("printing")))
                .body("changes[2].to", equalTo(List.of("printing", "hp-m507")))
                .body("changes[2].unifiedDiff", nullValue())
                .body("changes[3].from", nullValue())
                .body("changes[3].to", equalTo("2027-06-30"));
        Api.as(agent)
                .queryParam("from", 2)
                .queryParam("to", 2)
                .get(path(article) + "/diff")
                .then()
                .body("changes", equalTo(List.of()));
        problem(Api.as(agent).queryParam("from", 1).queryParam("to", 9).get(path(article) + "/diff"), 404, "not-found");
        problem(Api.hostile(agent).queryParam("from", "one").get(path(article) + "/diff"), 400, "validation");
    }

    @Test
    void shouldRestoreAnOldRevisionAsANewDraftAndLoseNothing() {
        String article = TestArticles.draft(agent);
        String original = Api.as(agent).get(path(article)).then().extract().path("title");
        edit(agent, article, """
                {"title": "A worse title"}""").then().statusCode(200);
        Api.as(agent)
                .header("If-Match", TestArticles.etag(agent, article))
                .post(path(article) + "/revisions/1/restore")
                .then()
                .statusCode(200)
                .body("draft.revision", equalTo(3))
                .body("title", equalTo(original));
        Api.as(agent)
                .get(path(article) + "/revisions/3")
                .then()
                .body("restoredFrom", equalTo(1))
                .body("title", equalTo(original))
                .body("state", equalTo("DRAFT"));
        Api.as(agent)
                .get(path(article) + "/revisions")
                .then()
                .statusCode(200)
                .body("items.number", equalTo(List.of(3, 2, 1)))
                .body("items.state", equalTo(List.of("DRAFT", "SUPERSEDED", "SUPERSEDED")))
                .body("nextCursor", nullValue());
        Api.as(agent)
                .queryParam("limit", 2)
                .get(path(article) + "/revisions")
                .then()
                .body("items.number", equalTo(List.of(3, 2)));
        problem(Api.as(agent).header("If-Match", "*").post(path(article) + "/revisions/7/restore"), 404, "not-found");
        problem(Api.hostile(agent).get(path(article) + "/revisions/zero"), 404, "not-found");
        Api.as(agent)
                .get(path(article) + "/history")
                .then()
                .body("items.action", equalTo(List.of("CREATED", "REVISED", "RESTORED")))
                .body("items.revision", equalTo(List.of(1, 2, 3)));
    }

    @Test
    void shouldRefuseToChangeOrDeleteARevisionInTheDatabase() {
        String article = TestArticles.draft(agent);
        UUID id = UUID.fromString(article);
        assertThatThrownBy(() -> pool.preparedQuery("UPDATE kb_revision SET title = 'forged' WHERE article_id = $1")
                        .execute(Tuple.of(id))
                        .await()
                        .atMost(Duration.ofSeconds(5)))
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> pool.preparedQuery("DELETE FROM kb_revision WHERE article_id = $1")
                        .execute(Tuple.of(id))
                        .await()
                        .atMost(Duration.ofSeconds(5)))
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> pool.preparedQuery("DELETE FROM kb_article_event WHERE article_id = $1")
                        .execute(Tuple.of(id))
                        .await()
                        .atMost(Duration.ofSeconds(5)))
                .hasMessageContaining("append-only");
        Map<String, Object> first =
                Api.as(agent).get(path(article) + "/revisions/1").as(Map.class);
        assertThat(first.get("title")).asString().doesNotContain("forged");
    }

    @Test
    void shouldKeepRevisionsAndHistoryFromRequesters() {
        String article = TestArticles.inReview(agent);
        TestArticles.approve(TestUser.with(Role.ADMIN), article);
        problem(Api.as(requester).get(path(article) + "/revisions"), 403, "forbidden");
        problem(Api.as(requester).get(path(article) + "/history"), 403, "forbidden");
        problem(Api.as(agent).get("/api/v1/kb/articles/" + UUID.randomUUID() + "/revisions"), 404, "not-found");
    }
}
