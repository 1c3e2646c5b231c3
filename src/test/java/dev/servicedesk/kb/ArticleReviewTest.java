package dev.servicedesk.kb;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestArticles;
import dev.servicedesk.support.TestEvents;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An article's way from draft to readers: written by the desk, submitted, approved by a
 * supervisor who wrote none of it (four eyes) or sent back with a reason, edited as a new draft
 * readers do not see until approved, and archived. Requesters read published PUBLIC articles only.
 */
@QuarkusTest
class ArticleReviewTest {
    private final TestUser agent = TestUser.with(Role.AGENT);
    private final TestUser supervisor = TestUser.with(Role.SUPERVISOR);
    private final TestUser requester = TestUser.with(Role.REQUESTER);

    @Test
    void shouldKeepADraftFromReadersUntilASupervisorWhoDidNotWriteItApprovesIt() {
        String article = TestArticles.draft(agent);
        Api.as(agent)
                .get(path(article))
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("revision", equalTo(1))
                .body("draft.status", equalTo("DRAFT"))
                .body("publishedAt", nullValue())
                .body("allowedActions.submit", equalTo(true))
                .body("allowedActions.approve", equalTo(false));
        problem(Api.as(requester).get(path(article)), 404, "not-found");
        assertThat(requesterKeys()).doesNotContain(key(article));

        TestArticles.act(agent, article, "submit", "{}")
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("draft.submittedById", notNullValue());
        problem(TestArticles.act(agent, article, "submit", "{}"), 409, "conflict");
        problem(TestArticles.act(agent, article, "approve", "{}"), 403, "forbidden");
        Api.as(supervisor).get(path(article)).then().body("allowedActions.approve", equalTo(true));

        TestArticles.act(supervisor, article, "approve", "{}")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("draft", nullValue())
                .body("publishedById", equalTo(supervisor.signIn()))
                .body("languages[0].publishedRevision", equalTo(1));
        Api.as(requester)
                .get(path(article))
                .then()
                .statusCode(200)
                .body("title", notNullValue())
                .body("draft", nullValue())
                .body("allowedActions.edit", equalTo(false));
        assertThat(requesterKeys()).contains(key(article));
        JsonPath events = TestEvents.about(article);
        assertThat(events.getList("items.type", String.class)).containsExactly("article.published");
        assertThat(events.getString("items[0].actorId")).isEqualTo(supervisor.signIn());
        assertThat(events.getString("items[0].data.language")).isEqualTo("en");
        assertThat(events.getInt("items[0].data.revision")).isEqualTo(1);
        assertThat(events.getString("items[0].data.title")).startsWith("Printer jams on tray 2");
        assertThat(events.getString("items[0].data.article.visibility")).isEqualTo("PUBLIC");
    }

    @Test
    void shouldNeverLetAnyoneWhoWroteTheDraftApproveOrSendItBack() {
        String article = TestArticles.draft(supervisor);
        TestArticles.act(supervisor, article, "submit", "{}").then().statusCode(200);
        problem(TestArticles.act(supervisor, article, "approve", "{}"), 403, "forbidden");
        problem(TestArticles.act(supervisor, article, "reject", """
                {"reason": "Not mine to judge"}"""), 403, "forbidden");

        TestUser other = TestUser.with(Role.SUPERVISOR);
        edit(agent, article, """
                {"summary": "Reset the guides, then clean the roller."}""").then().statusCode(200).body("draft.status", equalTo("DRAFT"));
        TestArticles.act(agent, article, "submit", "{}").then().statusCode(200);
        Api.as(other).get(path(article)).then().body("allowedActions.approve", equalTo(true));
        problem(TestArticles.act(supervisor, article, "approve", "{}"), 403, "forbidden");
        TestArticles.act(other, article, "approve", "{}").then().statusCode(200).body("revision", equalTo(2));
    }

    @Test
    void shouldSendADraftBackWithItsReason() {
        String article = TestArticles.inReview(agent);
        problem(
                Api.hostile(supervisor)
                        .contentType("application/json")
                        .header("If-Match", "*")
                        .body("{}")
                        .post(path(article) + "/reject"),
                400,
                "validation");
        TestArticles.act(supervisor, article, "reject", """
                {"reason": "Name the printer model in the title."}""")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("draft.status", equalTo("DRAFT"))
                .body("draft.lastRejection.reason", equalTo("Name the printer model in the title."))
                .body("draft.lastRejection.rejectedById", equalTo(supervisor.signIn()));
        problem(TestArticles.act(supervisor, article, "approve", "{}"), 409, "conflict");
        TestArticles.act(agent, article, "submit", "{}")
                .then()
                .statusCode(200)
                .body("draft.lastRejection", nullValue());
    }

    @Test
    void shouldKeepThePublishedRevisionForReadersWhileAnEditWaitsForReview() {
        String article = TestArticles.inReview(agent);
        TestArticles.approve(supervisor, article);
        edit(agent, article, """
                {"title": "Tray 2 jams: reset the guides", "tags": ["printing", "hp-m507"]}""")
                .then()
                .statusCode(200)
                .body("revision", equalTo(1))
                .body("draft.revision", equalTo(2))
                .body("status", equalTo("PUBLISHED"));
        Api.as(requester)
                .get(path(article))
                .then()
                .body("revision", equalTo(1))
                .body("title", not(equalTo("Tray 2 jams: reset the guides")))
                .body("tags", equalTo(List.of("printing")));
        Api.as(agent)
                .get(path(article) + "/revisions/2")
                .then()
                .statusCode(200)
                .body("state", equalTo("DRAFT"))
                .body("title", equalTo("Tray 2 jams: reset the guides"))
                .body("metadata.tags", equalTo(List.of("printing", "hp-m507")));

        TestArticles.act(agent, article, "submit", "{}").then().statusCode(200);
        TestArticles.act(supervisor, article, "approve", "{}").then().statusCode(200);
        Api.as(requester)
                .get(path(article))
                .then()
                .body("revision", equalTo(2))
                .body("title", equalTo("Tray 2 jams: reset the guides"))
                .body("tags", equalTo(List.of("printing", "hp-m507")));
        Api.as(agent).get(path(article) + "/revisions/1").then().body("state", equalTo("SUPERSEDED"));
    }

    @Test
    void shouldTakeAKnownErrorsDescriptionOnlyOnKnownErrors() {
        problem(create("""
                {"type": "KNOWN_ERROR", "language": "en", "title": "VPN fails after MFA", "body": "Use Porto."}"""), 400, "validation").body("errors.field", containsInAnyOrder("knownError"));
        problem(create("""
                {"type": "FAQ", "language": "en", "title": "VPN", "body": "Use Porto.",
                 "knownError": {"symptoms": "Invalid SAML response"}}"""), 400, "validation").body("errors.field", containsInAnyOrder("knownError"));
        problem(create("""
                {"type": "FAQ", "language": "en_GB", "title": "VPN", "body": "Use Porto."}"""), 400, "validation").body("errors.field", containsInAnyOrder("language"));
        String article = TestArticles.create(agent, """
                {"type": "KNOWN_ERROR", "language": "EN-gb", "title": "VPN fails after MFA", "body": "Use Porto.",
                 "errorCodes": ["Invalid SAML response"],
                 "knownError": {"symptoms": "Invalid SAML response after MFA", "workaround": "Use vpn-por"}}""");
        Api.as(agent)
                .get(path(article))
                .then()
                .body("language", equalTo("en-GB"))
                .body("knownError.symptoms", equalTo("Invalid SAML response after MFA"))
                .body("knownError.cause", nullValue())
                .body("category", equalTo("OTHER"))
                .body("visibility", equalTo("INTERNAL"));
        problem(edit(agent, article, """
                {"knownError": null}"""), 400, "validation").body("errors.field", containsInAnyOrder("knownError"));
        edit(agent, article, """
                {"knownError": {"cause": "An old signing certificate"}}""").then().statusCode(200);
        Api.as(agent)
                .get(path(article) + "/revisions/2")
                .then()
                .body("knownError.symptoms", equalTo("Invalid SAML response after MFA"))
                .body("knownError.cause", equalTo("An old signing certificate"));
    }

    @Test
    void shouldRenderMarkdownWithoutAnythingThatRunsInTheReadersPage() {
        String article = TestArticles.create(agent, """
                {"type": "HOW_TO", "language": "en", "title": "Hostile %s",
                 "body": "# Steps\\n\\n<script>alert(1)</script>\\n\\n[click](javascript:alert(2)) <img src=x onerror=alert(3)>\\n\\n<a href=\\"https://example.org\\" onclick=\\"x()\\">ok</a>\\n\\n| a | b |\\n|---|:-:|\\n| 1 | 2 |"}""".formatted(UUID.randomUUID()));
        String html = Api.as(agent)
                .get(path(article))
                .then()
                .statusCode(200)
                .extract()
                .path("bodyHtml");
        assertThat(html)
                .contains("<h1>Steps</h1>", "<table>", "https://example.org")
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onclick");
    }

    @Test
    void shouldArchiveForSupervisorsAndTakeTheArticleAwayFromReaders() {
        String article = TestArticles.inReview(agent);
        TestArticles.approve(supervisor, article);
        problem(TestArticles.act(agent, article, "archive", "{}"), 403, "forbidden");
        TestArticles.act(supervisor, article, "archive", """
                {"reason": "Replaced by the M610 article."}""")
                .then()
                .statusCode(200)
                .body("status", equalTo("ARCHIVED"))
                .body("archivedAt", notNullValue())
                .body("allowedActions.archive", equalTo(false));
        problem(TestArticles.act(supervisor, article, "archive", "{}"), 409, "conflict");
        problem(Api.as(requester).get(path(article)), 404, "not-found");
        assertThat(requesterKeys()).doesNotContain(key(article));

        edit(agent, article, """
                {"summary": "Back for the M507 that remain."}""").then().statusCode(200);
        TestArticles.act(agent, article, "submit", "{}").then().statusCode(200);
        TestArticles.act(supervisor, article, "approve", "{}")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("archivedAt", nullValue());
        Api.as(agent)
                .get(path(article) + "/history")
                .then()
                .statusCode(200)
                .body(
                        "items.action",
                        equalTo(List.of(
                                "CREATED", "SUBMITTED", "APPROVED", "ARCHIVED", "REVISED", "SUBMITTED", "APPROVED")))
                .body("items[3].reason", equalTo("Replaced by the M610 article."));
    }

    @Test
    void shouldGuardEveryChangeWithTheArticlesETag() {
        String article = TestArticles.draft(agent);
        String etag = TestArticles.etag(agent, article);
        problem(
                Api.hostile(agent)
                        .contentType("application/merge-patch+json")
                        .body("""
                {"summary": "x"}""")
                        .patch(path(article)),
                428,
                "precondition-required");
        edit(agent, article, """
                {"summary": "First"}""", etag).then().statusCode(200);
        problem(edit(agent, article, """
                {"summary": "Second"}""", etag), 412, "precondition-failed");
        String german = Api.as(agent)
                .header("Accept-Language", "de")
                .get(path(article))
                .then()
                .extract()
                .header("ETag");
        assertThat(german).isEqualTo(TestArticles.etag(agent, article)).endsWith("-en\"");
    }

    @Test
    void shouldFindAnArticleByItsKeyAndReplayAnIdempotentCreate() {
        String key = "kb-create-" + UUID.randomUUID();
        String json = """
                {"type": "FAQ", "language": "en", "title": "How do I map a network drive?", "body": "Open Explorer."}""";
        Response first = Api.as(agent)
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(json)
                .post("/api/v1/kb/articles");
        first.then().statusCode(201).header("Location", notNullValue()).header("ETag", notNullValue());
        Api.as(agent)
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(json)
                .post("/api/v1/kb/articles")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        String articleKey = first.path("key");
        assertThat(articleKey).matches("KB-\\d+");
        Api.as(agent)
                .get("/api/v1/kb/articles/" + articleKey.toLowerCase())
                .then()
                .statusCode(200)
                .body("id", equalTo(first.path("id")));
        problem(Api.as(agent).get("/api/v1/kb/articles/KB-0"), 404, "not-found");
    }

    @Test
    void shouldListArticlesPastTheirReviewDate() {
        String due = TestArticles.create(agent, """
                {"type": "FAQ", "language": "en", "title": "Old VPN client", "body": "Use the new one.",
                 "reviewBy": "2020-01-31"}""");
        TestArticles.act(agent, due, "submit", "{}").then().statusCode(200);
        TestArticles.approve(supervisor, due);
        String notDue = TestArticles.inReview(agent);
        TestArticles.approve(supervisor, notDue);
        List<String> ids = Api.as(agent)
                .queryParam("reviewDue", "true")
                .queryParam("limit", "200")
                .get("/api/v1/kb/articles")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(ids).contains(due).doesNotContain(notDue);
        problem(
                        Api.hostile(agent)
                                .queryParam("reviewDue", "soon")
                                .queryParam("status", "LIVE")
                                .get("/api/v1/kb/articles"),
                        400,
                        "validation")
                .body("errors.field", containsInAnyOrder("reviewDue", "status"));
    }

    @Test
    void shouldFilterAndPageTheList() {
        String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        List<String> written = new ArrayList<>();
        for (String type : List.of("FAQ", "HOW_TO", "FAQ")) {
            written.add(TestArticles.create(agent, """
                    {"type": "%s", "language": "en", "title": "Filtered", "body": "Text.", "category": "NETWORK",
                     "tags": ["%s"]}""".formatted(type, tag)));
        }
        Api.as(agent)
                .queryParam("tag", tag)
                .get("/api/v1/kb/articles")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(written.get(2), written.get(1), written.get(0))));
        Api.as(agent)
                .queryParam("tag", tag)
                .queryParam("type", "FAQ")
                .queryParam("category", "NETWORK")
                .get("/api/v1/kb/articles")
                .then()
                .body("items.id", equalTo(List.of(written.get(2), written.get(0))));
        Response first =
                Api.as(agent).queryParam("tag", tag).queryParam("limit", 2).get("/api/v1/kb/articles");
        first.then().body("items.id", equalTo(List.of(written.get(2), written.get(1))));
        Api.as(agent)
                .queryParam("tag", tag)
                .queryParam("limit", 2)
                .queryParam("cursor", first.path("nextCursor").toString())
                .get("/api/v1/kb/articles")
                .then()
                .body("items.id", equalTo(List.of(written.get(0))))
                .body("nextCursor", nullValue());
        Api.as(requester)
                .queryParam("tag", tag)
                .get("/api/v1/kb/articles")
                .then()
                .body("items", equalTo(List.of()));
    }

    @Test
    void shouldShowRequestersNothingOfTheDesksWorkInProgress() {
        String article = TestArticles.inReview(agent);
        TestArticles.approve(supervisor, article);
        String before = Api.as(requester).get(path(article)).then().extract().header("ETag");
        edit(agent, article, """
                {"summary": "A draft the requester must not notice."}""").then().statusCode(200);
        Api.as(requester)
                .get(path(article))
                .then()
                .statusCode(200)
                .header("ETag", before)
                .body("draft", nullValue())
                .body("languages[0].draftRevision", nullValue());
        problem(
                        Api.hostile(requester)
                                .queryParam("status", "DRAFT")
                                .queryParam("missingTranslation", "de")
                                .get("/api/v1/kb/articles"),
                        400,
                        "validation")
                .body("errors.field", containsInAnyOrder("status", "missingTranslation"));
        problem(Api.hostile(requester).get("/api/v1/kb/articles/" + UUID.randomUUID()), 404, "not-found");
        String draft = TestArticles.draft(agent);
        problem(Api.as(requester).get(path(draft)), 404, "not-found").body("detail", containsString(draft));
    }

    @Test
    void shouldAnswerAForgedCursorWithA400() {
        String forged = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("1\nkb-newest\n99999999999999999999\n019c27f3-db38-7022-b8aa-bd53be9bd8c4".getBytes());
        problem(Api.hostile(agent).queryParam("cursor", forged).get("/api/v1/kb/articles"), 400, "validation");
        problem(
                Api.hostile(agent)
                        .queryParam("q", "printer")
                        .queryParam("cursor", forged)
                        .get("/api/v1/kb/search"),
                400,
                "validation");
        problem(Api.hostile(agent).queryParam("q", "print\u0000er").get("/api/v1/kb/search"), 400, "validation");
    }

    private List<String> requesterKeys() {
        return Api.as(requester)
                .queryParam("limit", "200")
                .get("/api/v1/kb/articles")
                .then()
                .statusCode(200)
                .body("items.status", not(hasItem("DRAFT")))
                .extract()
                .path("items.key");
    }

    private String key(String article) {
        return Api.as(agent).get(path(article)).then().extract().path("key");
    }

    private Response create(String json) {
        return Api.hostile(agent).contentType("application/json").body(json).post("/api/v1/kb/articles");
    }

    static Response edit(TestUser user, String article, String json) {
        return edit(user, article, json, TestArticles.etag(user, article));
    }

    static Response edit(TestUser user, String article, String json, String etag) {
        return Api.as(user)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(json)
                .patch(path(article));
    }

    static String path(String article) {
        return "/api/v1/kb/articles/" + article;
    }
}
