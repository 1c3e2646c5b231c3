package dev.servicedesk.announcement;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestAnnouncements;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** An announcement per language: readers get theirs by Accept-Language; a translation of an older source is outdated. */
@QuarkusTest
class AnnouncementLanguagesTest {
    private final TestUser author = TestUser.with(Role.AGENT);
    private final TestUser requester = TestUser.with(Role.REQUESTER);

    @Test
    void shouldAnswerInThePreferredLanguageAndMarkAnOutdatedTranslation() {
        String id = TestAnnouncements.draft(author, TestAnnouncements.NOTICE);
        AnnouncementApprovalTest.write(author, id, "DE", """
                {"title": "Neue Drucker", "body": "Jede Etage bekommt einen neuen Drucker."}""")
                .then()
                .statusCode(200)
                .header("Content-Language", equalTo("de"))
                .body("language", equalTo("de"))
                .body("text.title", equalTo("Neue Drucker"))
                .body("languages.language", contains("en", "de"))
                .body("languages[1].translatedFrom", equalTo(1))
                .body("languages[1].revision", nullValue())
                .body("outdated", equalTo(false));
        Api.as(author)
                .header("Accept-Language", "fr-CH, fr;q=0.9, de;q=0.8, en;q=0.5")
                .get("/api/v1/announcements/" + id)
                .then()
                .statusCode(200)
                .header("Content-Language", equalTo("de"))
                .header("Vary", equalTo("Accept-Language"))
                .body("text.title", equalTo("Neue Drucker"));
        Api.as(author)
                .header("Accept-Language", "fr")
                .get("/api/v1/announcements/" + id)
                .then()
                .header("Content-Language", equalTo("en"))
                .body("text.title", equalTo("New printers"));

        AnnouncementApprovalTest.write(author, id, "en", """
                {"title": "New printers", "body": "Every floor gets a new colour printer."}""")
                .then()
                .statusCode(200)
                .body("languages[0].revision", equalTo(2))
                .body("languages[1].outdated", equalTo(true));
        Api.as(author)
                .header("Accept-Language", "de")
                .get("/api/v1/announcements/" + id)
                .then()
                .body("language", equalTo("de"))
                .body("outdated", equalTo(true));
    }

    @Test
    void shouldTranslateAPublishedAnnouncementForReadersAtOnce() {
        String id = TestAnnouncements.published(author, TestAnnouncements.NOTICE);
        AnnouncementApprovalTest.write(author, id, "pt-br", """
                {"title": "Novas impressoras", "body": "Cada andar recebe uma nova impressora."}""")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .header("Content-Language", equalTo("pt-BR"));
        Api.as(requester)
                .header("Accept-Language", "pt")
                .get("/api/v1/announcements/" + id)
                .then()
                .statusCode(200)
                .header("Content-Language", equalTo("pt-BR"))
                .body("text.title", equalTo("Novas impressoras"));
    }

    @Test
    void shouldRemoveATranslationButNeverTheSource() {
        String id = TestAnnouncements.draft(author, TestAnnouncements.NOTICE);
        AnnouncementApprovalTest.write(author, id, "de", """
                {"title": "Neue Drucker", "body": "Neue Drucker."}""").then().statusCode(200);
        problem(remove(id, "en"), 409, "conflict");
        remove(id, "de").then().statusCode(204);
        problem(remove(id, "de"), 404, "not-found");
        Api.as(author).get("/api/v1/announcements/" + id).then().body("languages.language", contains("en"));
    }

    private Response remove(String id, String language) {
        return Api.as(author)
                .header("If-Match", TestAnnouncements.etag(author, id))
                .delete("/api/v1/announcements/" + id + "/texts/" + language);
    }
}
