package dev.servicedesk.announcement;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
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
import dev.servicedesk.support.TestCis;
import dev.servicedesk.support.TestEvents;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Writing an announcement and taking it through approval to publication: never approved by whoever wrote it. */
@QuarkusTest
class AnnouncementApprovalTest {
    private final TestUser author = TestUser.with(Role.AGENT);
    private final TestUser otherAgent = TestUser.with(Role.AGENT);
    private final TestUser supervisor = TestUser.with(Role.SUPERVISOR);
    private final TestUser admin = TestUser.with(Role.ADMIN);

    @Test
    void shouldWriteSubmitApproveAndPublishMaintenance() {
        String mail = TestCis.item("APPLICATION");
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Response created = TestAnnouncements.create(author, maintenance(mail, start));
        created.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/announcements/"))
                .header("ETag", notNullValue())
                .header("Content-Language", equalTo("en"))
                .body("key", containsString("ANN-"))
                .body("status", equalTo("DRAFT"))
                .body("phase", equalTo("SCHEDULED"))
                .body("ciIds", contains(mail))
                .body("channels", contains("PORTAL", "EMAIL"))
                .body("sourceLanguage", equalTo("en"))
                .body("text.callerAnswer", equalTo("Mail is late, not lost."))
                .body("languages[0].revision", equalTo(1))
                .body("authorId", equalTo(author.signIn()))
                .body("approval", nullValue())
                .body("allowedTransitions", contains("PENDING_APPROVAL", "ARCHIVED"));
        String id = created.path("id");

        TestAnnouncements.move(author, id, """
                {"to": "PENDING_APPROVAL"}""")
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING_APPROVAL"))
                .body("approval.requiredRole", equalTo("SUPERVISOR"))
                .body("approval.submittedById", equalTo(author.signIn()))
                .body("allowedTransitions", not(hasItem("APPROVED")));
        problem(TestAnnouncements.move(author, id, """
                {"to": "APPROVED"}"""), 403, "forbidden");
        problem(TestAnnouncements.move(otherAgent, id, """
                {"to": "APPROVED"}"""), 403, "forbidden");
        Api.as(supervisor)
                .get("/api/v1/announcements/" + id)
                .then()
                .body("allowedTransitions", contains("APPROVED", "REJECTED", "DRAFT", "ARCHIVED"))
                .header("ETag", containsString("decides"));
        TestAnnouncements.move(supervisor, id, """
                {"to": "APPROVED"}""")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approval.decidedById", equalTo(supervisor.signIn()))
                .body("approval.decidedAt", notNullValue());

        problem(TestAnnouncements.move(author, id, """
                {"to": "SCHEDULED", "publishAt": "2020-01-01T00:00:00Z"}"""), 400, "validation").body("errors.field", hasItem("publishAt"));
        TestAnnouncements.move(author, id, """
                {"to": "PUBLISHED"}""")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue())
                .body("lastUpdateAt", notNullValue())
                .body("updateOverdue", equalTo(false))
                .body("nextUpdateDueAt", nullValue()) // announced ahead: nothing runs yet
                .body("allowedTransitions", contains("ARCHIVED"));
        Api.as(author)
                .get("/api/v1/announcements/" + id + "/updates")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].automatic", equalTo(true))
                .body("items[0].phase", equalTo("SCHEDULED"))
                .body("items[0].authorId", nullValue());
    }

    @Test
    void shouldNeedAnAdminForMajorImpactAndMajorIncidents() {
        String severe = TestAnnouncements.draft(author, outage("UNPLANNED_OUTAGE", "MAJOR"));
        String incident = TestAnnouncements.draft(author, outage("MAJOR_INCIDENT", "MINOR"));
        String minor = TestAnnouncements.draft(author, outage("UNPLANNED_OUTAGE", "MINOR"));
        for (String id : new String[] {severe, incident}) {
            TestAnnouncements.move(author, id, """
                    {"to": "PENDING_APPROVAL"}""")
                    .then()
                    .statusCode(200)
                    .body("approval.requiredRole", equalTo("ADMIN"));
            problem(TestAnnouncements.move(supervisor, id, """
                    {"to": "APPROVED"}"""), 403, "forbidden")
                    .body("detail", containsString("ADMIN"));
            TestAnnouncements.move(admin, id, """
                    {"to": "APPROVED"}""").then().statusCode(200);
        }
        TestAnnouncements.move(author, minor, """
                {"to": "PENDING_APPROVAL"}""")
                .then()
                .statusCode(200)
                .body("approval.requiredRole", equalTo("SUPERVISOR"));
        TestAnnouncements.move(admin, minor, """
                {"to": "APPROVED"}""").then().statusCode(200); // an admin always may
    }

    @Test
    void shouldRejectWithAReasonAndTakeItBackToWork() {
        String id = TestAnnouncements.draft(author, TestAnnouncements.NOTICE);
        TestAnnouncements.move(author, id, """
                {"to": "PENDING_APPROVAL"}""").then().statusCode(200);
        problem(TestAnnouncements.move(supervisor, id, """
                {"to": "REJECTED"}"""), 400, "validation")
                .body("errors.field", contains("reason"));
        problem(TestAnnouncements.move(supervisor, id, """
                {"to": "APPROVED", "reason": "fine"}"""), 400, "validation")
                .body("errors.field", contains("reason"));
        TestAnnouncements.move(supervisor, id, """
                {"to": "REJECTED", "reason": "Say which floors first."}""")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("approval.reason", equalTo("Say which floors first."))
                .body("allowedTransitions", contains("DRAFT", "ARCHIVED"));
        problem(TestAnnouncements.move(author, id, """
                {"to": "PUBLISHED"}"""), 409, "conflict")
                .body("allowedTransitions", contains("DRAFT", "ARCHIVED"));
        TestAnnouncements.move(author, id, """
                {"to": "DRAFT"}""")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("approval.reason", equalTo("Say which floors first.")); // still there to act on
        TestAnnouncements.move(author, id, """
                {"to": "PENDING_APPROVAL"}""").then().statusCode(200).body("approval.reason", nullValue());
    }

    @Test
    void shouldSendAChangedAnnouncementBackToDraftAndKeepItsEditorFromApprovingIt() {
        String id = TestAnnouncements.draft(author, TestAnnouncements.NOTICE);
        TestAnnouncements.move(author, id, """
                {"to": "PENDING_APPROVAL"}""").then().statusCode(200);
        patch(supervisor, id, """
                {"impact": "NONE"}""")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("impact", equalTo("NONE"))
                .body("approval", nullValue());
        TestAnnouncements.move(author, id, """
                {"to": "PENDING_APPROVAL"}""").then().statusCode(200);
        problem(TestAnnouncements.move(supervisor, id, """
                {"to": "APPROVED"}"""), 403, "forbidden")
                .body("detail", containsString("wrote or changed"));
        TestAnnouncements.move(TestUser.with(Role.SUPERVISOR), id, """
                {"to": "APPROVED"}""").then().statusCode(200);
        write(author, id, "en", """
                {"title": "New printers on every floor", "body": "Every floor gets one."}""")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("languages[0].revision", equalTo(2));
    }

    @Test
    void shouldLeaveApprovalAloneWhenAPatchChangesNothing() {
        String id = TestAnnouncements.draft(author, TestAnnouncements.NOTICE);
        TestAnnouncements.move(author, id, """
                {"to": "PENDING_APPROVAL"}""").then().statusCode(200);
        patch(supervisor, id, """
                {"impact": "MINOR"}""").then().statusCode(200).body("status", equalTo("PENDING_APPROVAL"));
        TestAnnouncements.move(supervisor, id, """
                {"to": "APPROVED"}""").then().statusCode(200);
    }

    @Test
    void shouldChangeOnlyTheEndContactChannelsAndExpiryOncePublished() {
        String id = TestAnnouncements.published(author, outage("UNPLANNED_OUTAGE", "MINOR"));
        problem(patch(author, id, """
                {"impact": "CRITICAL"}"""), 409, "conflict").body("detail", containsString("impact"));
        problem(write(author, id, "en", """
                {"title": "Other", "body": "Other"}"""), 409, "conflict");
        patch(author, id, """
                {"estimatedEndAt": "2031-01-01T12:00:00Z", "contact": "Desk, ext. 4000", "channels": ["PORTAL", "SMS"]}""")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("estimatedEndAt", equalTo("2031-01-01T12:00:00Z"))
                .body("channels", contains("PORTAL", "SMS"));
        JsonPath events = TestEvents.about(id);
        assertThat(events.getList("items.type", String.class))
                .containsExactly("announcement.published", "announcement.updated");
        assertThat(events.getString("items[1].data.announcement.estimatedEndAt"))
                .isEqualTo("2031-01-01T12:00:00Z");
        assertThat(events.getString("items[1].data.update")).isNull();
        assertThat(events.getString("items[1].actorId")).isEqualTo(author.signIn());
        TestAnnouncements.move(author, id, """
                {"to": "ARCHIVED"}""").then().statusCode(200).body("archivedAt", notNullValue());
        problem(patch(author, id, """
                {"contact": "Nobody"}"""), 409, "conflict");
    }

    @Test
    void shouldRefuseAWriteWithoutOrWithAStaleETag() {
        String id = TestAnnouncements.draft(author, TestAnnouncements.NOTICE);
        String etag = TestAnnouncements.etag(author, id);
        problem(
                Api.hostile(author)
                        .contentType("application/merge-patch+json")
                        .body("{\"impact\": \"NONE\"}")
                        .patch("/api/v1/announcements/" + id),
                428,
                "precondition-required");
        patch(author, id, """
                {"impact": "NONE"}""").then().statusCode(200);
        problem(
                Api.as(author)
                        .contentType("application/merge-patch+json")
                        .header("If-Match", etag)
                        .body("{\"impact\": \"MAJOR\"}")
                        .patch("/api/v1/announcements/" + id),
                412,
                "precondition-failed");
    }

    @Test
    void shouldCreateOnceForOneIdempotencyKey() {
        String key = UUID.randomUUID().toString();
        Response first = Api.as(author)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(TestAnnouncements.NOTICE)
                .post("/api/v1/announcements");
        Response again = Api.as(author)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(TestAnnouncements.NOTICE)
                .post("/api/v1/announcements");
        first.then().statusCode(201);
        again.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"));
        assertThat(again.<String>path("id")).isEqualTo(first.path("id"));
    }

    @Test
    void shouldListEveryProblemOfANewAnnouncement() {
        String retired = TestCis.item("SERVER");
        TestCis.setStatus(retired, "RETIRED");
        problem(TestAnnouncements.create(author, """
                        {"type": "MAINTENANCE", "impact": "MINOR", "language": "en",
                         "text": {"title": "Patch night", "body": "Servers are patched."},
                         "ciIds": ["%s", "%s"], "estimatedEndAt": "2031-01-01T00:00:00Z",
                         "publishAt": "2031-01-02T00:00:00Z", "expiresAt": "2031-01-01T00:00:00Z",
                         "audience": {"kind": "DEPARTMENTS"}}""".formatted(UUID.randomUUID(), retired)), 400, "validation")
                .body("errors.field", hasItem("startsAt"))
                .body("errors.field", hasItem("expiresAt"))
                .body("errors.field", hasItem("audience.departments"))
                .body("errors.field", hasItem("ciIds[0]"))
                .body("errors.field", hasItem("ciIds[1]"));
        problem(
                        Api.hostile(author)
                                .contentType("application/json")
                                .body(TestAnnouncements.NOTICE.replace("\"en\"", "\"e n\""))
                                .post("/api/v1/announcements"),
                        400,
                        "validation")
                .body("errors.field", hasItem("language"));
        problem(
                        TestAnnouncements.create(
                                author,
                                TestAnnouncements.NOTICE.replace(
                                        "{\"kind\": \"EVERYONE\"}", "{\"kind\": \"DESK\", \"departments\": [\"IT\"]}")),
                        400,
                        "validation")
                .body("errors.field", contains("audience.departments"));
        problem(
                        TestAnnouncements.create(
                                author, TestAnnouncements.NOTICE.replace("EVERYONE", "AFFECTED_USERS")),
                        400,
                        "validation")
                .body("errors.field", contains("ciIds"));
        problem(TestAnnouncements.create(TestUser.with(Role.REQUESTER), TestAnnouncements.NOTICE), 403, "forbidden");
    }

    static Response patch(TestUser user, String id, String json) {
        return Api.as(user)
                .contentType("application/merge-patch+json")
                .header("If-Match", TestAnnouncements.etag(user, id))
                .body(json)
                .patch("/api/v1/announcements/" + id);
    }

    static Response write(TestUser user, String id, String language, String json) {
        return Api.as(user)
                .contentType("application/json")
                .header("If-Match", TestAnnouncements.etag(user, id))
                .body(json)
                .put("/api/v1/announcements/" + id + "/texts/" + language);
    }

    static String outage(String type, String impact) {
        return """
                {"type": "%s", "impact": "%s", "language": "en",
                 "text": {"title": "Mail is down", "body": "Nobody receives mail.",
                          "callerAnswer": "We know; it is being fixed."},
                 "audience": {"kind": "EVERYONE"}}""".formatted(type, impact);
    }

    private static String maintenance(String item, Instant start) {
        return """
                {"type": "MAINTENANCE", "impact": "MINOR", "language": "en",
                 "text": {"title": "Mail maintenance", "body": "Quarterly updates.",
                          "expectedImpact": "Mail may be late.", "workaround": "Use chat.",
                          "callerAnswer": "Mail is late, not lost."},
                 "ciIds": ["%s"], "startsAt": "%s", "estimatedEndAt": "%s",
                 "contact": "Desk", "channels": ["PORTAL", "EMAIL", "PORTAL"],
                 "audience": {"kind": "EVERYONE"}}""".formatted(item, start, start.plus(3, ChronoUnit.HOURS));
    }
}
