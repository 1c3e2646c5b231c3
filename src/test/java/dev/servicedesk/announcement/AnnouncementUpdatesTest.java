package dev.servicedesk.announcement;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestAnnouncements;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestEvents;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The update log that keeps a running event current: appended to only, each entry in its languages. */
@QuarkusTest
class AnnouncementUpdatesTest {
    @Inject
    TestClock clock;

    @Inject
    Pool pool;

    private final TestUser author = TestUser.with(Role.AGENT);
    private final TestUser supervisor = TestUser.with(Role.SUPERVISOR);
    private final TestUser requester = TestUser.with(Role.REQUESTER);

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void shouldLogAnIncidentFromInvestigatingToResolvedInEachLanguage() {
        String id = TestAnnouncements.published(author, AnnouncementApprovalTest.outage("UNPLANNED_OUTAGE", "MAJOR"));
        Api.as(author).get("/api/v1/announcements/" + id).then().body("phase", equalTo("INVESTIGATING"));
        post(id, """
                {"phase": "IDENTIFIED", "estimatedEndAt": "2031-01-01T12:00:00Z",
                 "texts": [{"language": "en", "text": "A certificate expired."},
                           {"language": "de", "text": "Ein Zertifikat ist abgelaufen."}]}""")
                .then()
                .statusCode(201)
                .header("Location", equalTo("/api/v1/announcements/" + id + "/updates"))
                .body("sequence", equalTo(2))
                .body("phase", equalTo("IDENTIFIED"))
                .body("authorId", equalTo(author.signIn()))
                .body("automatic", equalTo(false));
        post(id, """
                {"phase": "INVESTIGATING", "texts": [{"language": "en", "text": "The new certificate fails too."}]}""").then().statusCode(201);
        post(id, """
                {"phase": "MONITORING", "texts": [{"language": "en", "text": "Mail flows again."}]}""").then().statusCode(201);
        post(id, """
                {"phase": "RESOLVED", "cause": "An expired certificate.", "reviewDueAt": "2099-01-01T00:00:00Z",
                 "texts": [{"language": "en", "text": "Fixed."}]}""").then().statusCode(201);
        Api.as(requester)
                .get("/api/v1/announcements/" + id)
                .then()
                .body("phase", equalTo("RESOLVED"))
                .body("actualEndAt", notNullValue())
                .body("resolution.cause", equalTo("An expired certificate."))
                .body("resolution.reviewDueAt", nullValue()) // the review is the desk's
                .body("resolution.resolvedById", nullValue())
                .body("estimatedEndAt", equalTo("2031-01-01T12:00:00Z"))
                .body("status", equalTo("PUBLISHED"));
        assertThat(TestAnnouncements.activeIds(requester)).doesNotContain(id);
        problem(post(id, """
                {"texts": [{"language": "en", "text": "One more thing."}]}"""), 409, "conflict");
        Api.as(requester)
                .header("Accept-Language", "de")
                .get("/api/v1/announcements/" + id + "/updates")
                .then()
                .statusCode(200)
                .body("items.sequence", contains(5, 4, 3, 2, 1))
                .body("items.phase", contains("RESOLVED", "MONITORING", "INVESTIGATING", "IDENTIFIED", "INVESTIGATING"))
                .body("items[3].language", equalTo("de"))
                .body("items[3].text", equalTo("Ein Zertifikat ist abgelaufen."))
                .body("items[2].language", equalTo("en"))
                .body("items[4].automatic", equalTo(true));
        JsonPath events = TestEvents.about(id);
        assertThat(events.getList("items.type", String.class))
                .containsExactly(
                        "announcement.published",
                        "announcement.updated",
                        "announcement.updated",
                        "announcement.updated",
                        "announcement.updated",
                        "announcement.resolved");
        assertThat(events.getList("items.data.update.sequence", Integer.class)).containsExactly(1, 2, 3, 4, 5, 5);
        assertThat(events.getList("items.data.announcement.phase", String.class))
                .containsExactly("INVESTIGATING", "IDENTIFIED", "INVESTIGATING", "MONITORING", "RESOLVED", "RESOLVED");
        assertThat(events.getString("items[1].data.announcement.estimatedEndAt"))
                .isEqualTo("2031-01-01T12:00:00Z");
        assertThat(events.getList("items[1].data.update.texts.language", String.class))
                .containsExactly("en", "de");
        assertThat(events.getString("items[5].data.announcement.actualEndAt")).isNotNull();
        assertThat(events.getString("items[5].actorId")).isEqualTo(author.signIn());
    }

    @Test
    void shouldRefuseUpdatesThatDoNotFit() {
        String draft = TestAnnouncements.draft(author, AnnouncementApprovalTest.outage("UNPLANNED_OUTAGE", "MINOR"));
        problem(post(draft, """
                {"texts": [{"language": "en", "text": "Too early."}]}"""), 409, "conflict");
        String incident =
                TestAnnouncements.published(author, AnnouncementApprovalTest.outage("UNPLANNED_OUTAGE", "MINOR"));
        problem(post(incident, """
                {"texts": [{"language": "de", "text": "Nur Deutsch."}]}"""), 400, "validation").body("errors.field", contains("texts"));
        problem(post(incident, """
                {"texts": [{"language": "en", "text": "a"}, {"language": "EN", "text": "b"}]}"""), 400, "validation").body("errors.field", contains("texts[1].language"));
        problem(post(incident, """
                {"phase": "IN_PROGRESS", "texts": [{"language": "en", "text": "Wrong track."}]}"""), 409, "conflict");
        problem(post(incident, """
                {"phase": "MONITORING", "actualEndAt": "2020-01-01T00:00:00Z",
                 "texts": [{"language": "en", "text": "Not ended."}]}"""), 400, "validation").body("errors.field", contains("actualEndAt"));
        problem(post(incident, """
                {"phase": "RESOLVED", "actualEndAt": "2999-01-01T00:00:00Z",
                 "texts": [{"language": "en", "text": "Future."}]}"""), 400, "validation");
        problem(post(incident, """
                {"phase": "RESOLVED", "actualEndAt": "2001-01-01T00:00:00Z",
                 "texts": [{"language": "en", "text": "Before it was written."}]}"""), 400, "validation").body("errors.field", contains("actualEndAt"));
        problem(post(incident, """
                {"cause": "Not over yet.", "texts": [{"language": "en", "text": "Still on it."}]}"""), 400, "validation").body("errors.field", contains("cause"));
        String notice = TestAnnouncements.published(author, TestAnnouncements.NOTICE);
        problem(post(notice, """
                {"phase": "RESOLVED", "texts": [{"language": "en", "text": "Notices have no phases."}]}"""), 400, "validation").body("errors.field", contains("phase"));
        post(notice, """
                {"texts": [{"language": "en", "text": "More printers."}]}""").then().statusCode(201);
    }

    @Test
    void shouldShowARunningEventWithoutAnUpdateForAnHourAsOverdue() {
        Instant t0 = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        clock.pin(t0);
        String id = TestAnnouncements.published(author, AnnouncementApprovalTest.outage("MAJOR_INCIDENT", "MINOR"));
        assertThat(overdue()).doesNotContain(id);
        clock.pin(t0.plus(Duration.ofMinutes(61)));
        assertThat(overdue()).contains(id);
        Api.as(supervisor)
                .get("/api/v1/announcements/" + id)
                .then()
                .body("updateOverdue", equalTo(true))
                .body("nextUpdateDueAt", equalTo(t0.plus(Duration.ofHours(1)).toString()));
        Api.as(supervisor)
                .queryParam("updateOverdue", "false")
                .queryParam("limit", 200)
                .get("/api/v1/announcements")
                .then()
                .body("items.id", not(hasItem(id)));
        post(id, """
                {"texts": [{"language": "en", "text": "Still on it."}]}""").then().statusCode(201);
        assertThat(overdue()).doesNotContain(id);
    }

    @Test
    void shouldRefuseToChangeOrRemoveTheLogInTheDatabase() {
        String id = TestAnnouncements.published(author, AnnouncementApprovalTest.outage("UNPLANNED_OUTAGE", "MINOR"));
        UUID announcement = UUID.fromString(id);
        for (String sql : List.of(
                "UPDATE announcement_update SET posted_at = now() WHERE announcement_id = $1",
                "DELETE FROM announcement_update WHERE announcement_id = $1")) {
            assertThatThrownBy(() -> pool.preparedQuery(sql)
                            .execute(Tuple.of(announcement))
                            .await()
                            .atMost(Duration.ofSeconds(5)))
                    .hasMessageContaining("append-only");
        }
        assertThatThrownBy(() -> pool.query("TRUNCATE announcement_update CASCADE")
                        .execute()
                        .await()
                        .atMost(Duration.ofSeconds(5)))
                .hasMessageContaining("append-only");
        Api.as(author).get("/api/v1/announcements/" + id + "/updates").then().body("items.size()", equalTo(1));
    }

    @Test
    void shouldPostAnUpdateOnceForOneIdempotencyKey() {
        String id = TestAnnouncements.published(author, AnnouncementApprovalTest.outage("UNPLANNED_OUTAGE", "MINOR"));
        String key = UUID.randomUUID().toString();
        String body = """
                {"phase": "IDENTIFIED", "texts": [{"language": "en", "text": "Found it."}]}""";
        Response first = Api.as(author)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/announcements/" + id + "/updates");
        Response again = Api.as(author)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/announcements/" + id + "/updates");
        first.then().statusCode(201).body("id", notNullValue());
        again.then().statusCode(201).header("Idempotent-Replayed", containsString("true"));
        assertThat(again.<String>path("id")).isEqualTo(first.path("id"));
        Api.as(author).get("/api/v1/announcements/" + id + "/updates").then().body("items.size()", equalTo(2));
    }

    private List<String> overdue() {
        return Api.as(supervisor)
                .queryParam("updateOverdue", "true")
                .queryParam("limit", 200)
                .get("/api/v1/announcements")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    private Response post(String id, String json) {
        return Api.as(author)
                .contentType("application/json")
                .body(json)
                .post("/api/v1/announcements/" + id + "/updates");
    }
}
