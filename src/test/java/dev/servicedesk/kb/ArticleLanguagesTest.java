package dev.servicedesk.kb;

import static dev.servicedesk.kb.ArticleReviewTest.edit;
import static dev.servicedesk.kb.ArticleReviewTest.path;
import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestArticles;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An article in several languages: translations drafted and reviewed like the source, readers
 * served the language they prefer (q-values honoured, the source as the fallback) with
 * {@code Content-Language}, and translations that fall behind their source marked outdated.
 */
@QuarkusTest
class ArticleLanguagesTest {
    private static final String GERMAN = """
            {"title": "Papierstau in Fach 2", "summary": "Führungen neu einstellen.",
             "body": "Die **Führungen** herausziehen und wieder anlegen.", "keywords": ["Papierstau", "Drucker"]}""";

    private final TestUser agent = TestUser.with(Role.AGENT);
    private final TestUser translator = TestUser.with(Role.AGENT);
    private final TestUser supervisor = TestUser.with(Role.SUPERVISOR);
    private final TestUser requester = TestUser.with(Role.REQUESTER);

    @Test
    void shouldServeEachReaderThePublishedLanguageTheyPrefer() {
        String article = published();
        translate(translator, article, "DE", GERMAN)
                .then()
                .statusCode(200)
                .header("Content-Language", "de")
                .body("language", equalTo("de"))
                .body("title", equalTo("Papierstau in Fach 2"))
                .body("draft.language", equalTo("de"))
                .body("languages.language", equalTo(List.of("en", "de")))
                .body("languages[1].draftStatus", equalTo("DRAFT"))
                .body("languages[1].translatedFrom", equalTo(1));
        assertThat(read(requester, article, "de").header("Content-Language")).isEqualTo("en");
        TestArticles.act(translator, article, "submit", """
                {"language": "de"}""").then().statusCode(200);
        problem(TestArticles.act(translator, article, "approve", """
                {"language": "de"}"""), 403, "forbidden");
        TestArticles.act(supervisor, article, "approve", """
                {"language": "de"}""").then().statusCode(200);

        Response german = read(requester, article, "fr;q=0.9, de;q=0.8, en;q=0.1");
        german.then()
                .statusCode(200)
                .header("Content-Language", "de")
                .header("Vary", "Accept-Language")
                .body("language", equalTo("de"))
                .body("title", equalTo("Papierstau in Fach 2"))
                .body("bodyHtml", equalTo("<p>Die <strong>Führungen</strong> herausziehen und wieder anlegen.</p>\n"))
                .body("category", equalTo("HARDWARE"))
                .body("languages.language", equalTo(List.of("en", "de")));
        assertThat(german.header("ETag")).endsWith("-de\"");
        assertThat(read(requester, article, "de-CH").header("Content-Language")).isEqualTo("de");
        assertThat(read(requester, article, "en;q=0.5, de").header("Content-Language"))
                .isEqualTo("de");
        assertThat(read(requester, article, "de;q=0, en").header("Content-Language"))
                .isEqualTo("en");
        assertThat(read(requester, article, "pt-BR").header("Content-Language")).isEqualTo("en");
        assertThat(read(requester, article, "not a language tag ;;").header("Content-Language"))
                .isEqualTo("en");
        assertThat(read(requester, article, null).header("Content-Language")).isEqualTo("en");

        String deskGerman = read(agent, article, "de").header("ETag");
        assertThat(deskGerman).endsWith("-de\"").isNotEqualTo(german.header("ETag"));
        problem(edit(agent, article, """
                {"title": "Paper jams in tray 2 of the M507"}""", german.header("ETag")), 412, "precondition-failed");
        edit(agent, article, """
                {"title": "Paper jams in tray 2 of the M507"}""", deskGerman).then().statusCode(200);
    }

    @Test
    void shouldPublishATranslationOnlyOnceItsSourceIs() {
        String article = TestArticles.draft(agent);
        translate(translator, article, "de", GERMAN).then().statusCode(200);
        TestArticles.act(translator, article, "submit", """
                {"language": "de"}""").then().statusCode(200);
        problem(TestArticles.act(supervisor, article, "approve", """
                {"language": "de"}"""), 409, "conflict");
        problem(translate(translator, article, "en", GERMAN), 400, "validation")
                .body("errors.field", containsInAnyOrder("language"));
        problem(TestArticles.act(supervisor, article, "approve", """
                {"language": "fr"}"""), 409, "conflict");
        problem(translate(translator, article, "en_US", GERMAN), 400, "validation");
    }

    @Test
    void shouldMarkATranslationOutdatedOnceItsSourceIsPublishedAgain() {
        String article = published();
        translate(translator, article, "de", GERMAN).then().statusCode(200);
        TestArticles.act(translator, article, "submit", """
                {"language": "de"}""").then().statusCode(200);
        TestArticles.act(supervisor, article, "approve", """
                {"language": "de"}""").then().statusCode(200);
        assertThat(listed("outdatedTranslation", "de")).doesNotContain(article);
        assertThat(listed("missingTranslation", "de")).doesNotContain(article);
        assertThat(listed("missingTranslation", "fr")).contains(article);

        edit(agent, article, """
                {"body": "Slide the guides out, then back until they touch the paper."}""").then().statusCode(200);
        assertThat(listed("outdatedTranslation", "de")).doesNotContain(article);
        TestArticles.act(agent, article, "submit", "{}").then().statusCode(200);
        TestArticles.act(supervisor, article, "approve", "{}")
                .then()
                .statusCode(200)
                .body("languages[1].outdated", equalTo(true))
                .body("languages[1].translatedFrom", equalTo(1));
        assertThat(listed("outdatedTranslation", "de")).contains(article);

        translate(translator, article, "de", GERMAN)
                .then()
                .statusCode(200)
                .body("languages[1].draftRevision", equalTo(4))
                .body("languages[1].outdated", equalTo(true));
        TestArticles.act(translator, article, "submit", """
                {"language": "de"}""").then().statusCode(200);
        TestArticles.act(supervisor, article, "approve", """
                {"language": "de"}""")
                .then()
                .statusCode(200)
                .body("languages[1].outdated", equalTo(false))
                .body("languages[1].translatedFrom", equalTo(3));
        assertThat(listed("outdatedTranslation", "de")).doesNotContain(article);
    }

    @Test
    void shouldShowRequestersOnlyThePublishedLanguages() {
        String article = published();
        translate(translator, article, "fr", """
                {"title": "Bourrage papier", "body": "Réglez les guides."}""").then().statusCode(200);
        Api.as(requester)
                .get(path(article))
                .then()
                .statusCode(200)
                .body("languages", hasSize(1))
                .body("languages[0].draftRevision", equalTo(null));
        Api.as(agent).get(path(article)).then().body("languages", hasSize(2));
        assertThat(read(requester, article, "fr").header("Content-Language")).isEqualTo("en");
    }

    private String published() {
        String article = TestArticles.inReview(agent);
        TestArticles.approve(supervisor, article);
        return article;
    }

    private List<String> listed(String parameter, String language) {
        return Api.as(agent)
                .queryParam(parameter, language)
                .queryParam("limit", "200")
                .get("/api/v1/kb/articles")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    private static Response read(TestUser user, String article, String acceptLanguage) {
        var request = Api.as(user);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.get(path(article));
    }

    private static Response translate(TestUser user, String article, String language, String json) {
        return Api.hostile(user)
                .contentType("application/json")
                .header("If-Match", TestArticles.etag(user, article))
                .body(json)
                .put(path(article) + "/translations/" + language);
    }
}
