package dev.servicedesk.announcement;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestAnnouncements;
import dev.servicedesk.support.TestCis;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ended events stay searchable, with their cause, their actual end and a follow-up review. */
@QuarkusTest
class AnnouncementArchiveTest {
    @Inject
    TestClock clock;

    private final TestUser author = TestUser.with(Role.AGENT);
    private final TestUser supervisor = TestUser.with(Role.SUPERVISOR);

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void shouldFindEndedAnnouncementsByTextInAnyLanguageTypeItemAndPeriod() {
        clock.pin(Instant.parse("2030-03-01T11:00:00Z"));
        String word = "Zertifikat" + UUID.randomUUID().toString().substring(0, 8);
        String mail = TestCis.item("APPLICATION");
        String id = TestAnnouncements.published(author, """
                {"type": "UNPLANNED_OUTAGE", "impact": "MAJOR", "language": "en",
                 "text": {"title": "Mail is down", "body": "Nobody receives mail."},
                 "ciIds": ["%s"], "startsAt": "2030-03-01T08:00:00Z", "audience": {"kind": "EVERYONE"}}""".formatted(mail));
        AnnouncementApprovalTest.write(author, id, "de", """
                {"title": "E-Mail gestört", "body": "Das %s ist abgelaufen."}""".formatted(word))
                .then()
                .statusCode(200);
        String logWord = "gateway" + UUID.randomUUID().toString().substring(0, 8);
        update(id, """
                {"phase": "RESOLVED", "actualEndAt": "2030-03-01T10:00:00Z", "cause": "An expired certificate.",
                 "texts": [{"language": "en", "text": "The %s works again."}]}""".formatted(logWord));
        TestAnnouncements.move(author, id, """
                {"to": "ARCHIVED"}""").then().statusCode(200);

        assertThat(search(r -> r.queryParam("q", word.toUpperCase()))).contains(id);
        assertThat(search(r -> r.queryParam("q", logWord))).contains(id);
        assertThat(search(r -> r.queryParam("q", "no such text " + UUID.randomUUID())))
                .isEmpty();
        assertThat(search(r -> r.queryParam("q", word).queryParam("type", "MAINTENANCE")))
                .isEmpty();
        assertThat(search(r -> r.queryParam("ciId", mail).queryParam("status", "ARCHIVED")))
                .containsExactly(id);
        assertThat(search(r -> r.queryParam("ciId", mail)
                        .queryParam("from", "2030-03-01T09:00:00Z")
                        .queryParam("to", "2030-03-02T00:00:00Z")))
                .containsExactly(id);
        assertThat(search(r -> r.queryParam("ciId", mail).queryParam("from", "2030-03-01T10:00:01Z")))
                .isEmpty();
        assertThat(search(r -> r.queryParam("ciId", mail).queryParam("to", "2030-03-01T08:00:00Z")))
                .isEmpty();
        Api.as(author)
                .get("/api/v1/announcements/" + id)
                .then()
                .body("status", equalTo("ARCHIVED"))
                .body("actualEndAt", equalTo("2030-03-01T10:00:00Z"))
                .body("resolution.cause", equalTo("An expired certificate."))
                .body("resolution.reviewDueAt", nullValue());
    }

    @Test
    void shouldListAnAnnouncementWhoseReviewIsDueUntilTheReviewIsRecorded() {
        Instant t0 = Instant.now().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.SECONDS);
        clock.pin(t0);
        String id = TestAnnouncements.published(author, AnnouncementApprovalTest.outage("MAJOR_INCIDENT", "CRITICAL"));
        problem(review(id, "Too early."), 409, "conflict");
        problem(
                Api.as(author)
                        .contentType("application/json")
                        .body("""
                                {"phase": "MONITORING", "reviewDueAt": "%s",
                                 "texts": [{"language": "en", "text": "Watching."}]}""".formatted(t0.plus(Duration.ofDays(7))))
                        .post("/api/v1/announcements/" + id + "/updates"),
                400,
                "validation");
        update(id, """
                {"phase": "RESOLVED", "reviewDueAt": "%s", "texts": [{"language": "en", "text": "Over."}]}""".formatted(t0.plus(Duration.ofDays(7))));
        assertThat(reviewDue()).doesNotContain(id);
        clock.pin(t0.plus(Duration.ofDays(8)));
        assertThat(reviewDue()).contains(id);
        review(id, "Certificates renew 30 days ahead now.")
                .then()
                .statusCode(200)
                .body("resolution.reviewFindings", equalTo("Certificates renew 30 days ahead now."))
                .body("resolution.reviewedById", equalTo(supervisor.signIn()))
                .body("resolution.reviewedAt", notNullValue());
        assertThat(reviewDue()).doesNotContain(id);
    }

    private Response review(String id, String findings) {
        return Api.as(supervisor)
                .contentType("application/json")
                .header("If-Match", TestAnnouncements.etag(supervisor, id))
                .body("{\"findings\": \"" + findings + "\"}")
                .put("/api/v1/announcements/" + id + "/review");
    }

    private void update(String id, String json) {
        Api.as(author)
                .contentType("application/json")
                .body(json)
                .post("/api/v1/announcements/" + id + "/updates")
                .then()
                .statusCode(201);
    }

    private List<String> reviewDue() {
        return search(r -> r.queryParam("reviewDue", "true"));
    }

    private List<String> search(UnaryOperator<RequestSpecification> filter) {
        return filter.apply(Api.as(supervisor).queryParam("limit", 200))
                .get("/api/v1/announcements")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }
}
