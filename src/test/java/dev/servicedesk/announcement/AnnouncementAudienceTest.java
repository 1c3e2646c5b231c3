package dev.servicedesk.announcement;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestAnnouncements;
import dev.servicedesk.support.TestCis;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who an announcement reaches: a requester never sees a desk bulletin or anything not yet published. */
@QuarkusTest
class AnnouncementAudienceTest {
    private final TestUser author = TestUser.with(Role.AGENT);
    private final TestUser agent = TestUser.with(Role.AGENT);

    @Test
    void shouldNeverShowARequesterADeskBulletinOrADraft() {
        TestUser requester = TestUser.with(Role.REQUESTER);
        String bulletin = TestAnnouncements.published(author, notice("DESK", "[]", "Desk only " + UUID.randomUUID()));
        String draft = TestAnnouncements.draft(author, notice("EVERYONE", "[]", "Draft " + UUID.randomUUID()));
        String neverPublished =
                TestAnnouncements.draft(author, notice("EVERYONE", "[]", "Dropped " + UUID.randomUUID()));
        TestAnnouncements.move(author, neverPublished, """
                {"to": "ARCHIVED"}""").then().statusCode(200);
        for (String id : List.of(bulletin, draft, neverPublished)) {
            problem(Api.as(requester).get("/api/v1/announcements/" + id), 404, "not-found");
            problem(Api.as(requester).get("/api/v1/announcements/" + id + "/updates"), 404, "not-found");
            problem(
                    Api.as(requester)
                            .contentType("application/json")
                            .body("{\"helpful\": true}")
                            .put("/api/v1/announcements/" + id + "/feedback"),
                    404,
                    "not-found");
        }
        assertThat(TestAnnouncements.activeIds(requester)).doesNotContain(bulletin, draft);
        assertThat(TestAnnouncements.activeIds(agent)).contains(bulletin).doesNotContain(draft);
        Api.as(agent)
                .get("/api/v1/announcements/" + bulletin)
                .then()
                .statusCode(200)
                .body("text.callerAnswer", equalTo("Tell them it is known."));
    }

    @Test
    void shouldShowARequesterThePublicPartOnly() {
        TestUser requester = TestUser.with(Role.REQUESTER);
        String theirs = TestCis.item("LAPTOP", requester.signIn(), "LOW");
        String server = TestCis.item("SERVER");
        String id = TestAnnouncements.published(author, """
                {"type": "UNPLANNED_OUTAGE", "impact": "MINOR", "language": "en",
                 "text": {"title": "Laptops cannot sign in", "body": "Sign-in fails.",
                          "callerAnswer": "Tell them it is known."},
                 "ciIds": ["%s", "%s"], "audience": {"kind": "EVERYONE"}}""".formatted(server, theirs));
        Api.as(requester)
                .get("/api/v1/announcements/" + id)
                .then()
                .statusCode(200)
                .body("text.callerAnswer", nullValue())
                .body("approval", nullValue())
                .body("allowedTransitions", empty())
                .body("ciIds", contains(theirs));
    }

    @Test
    void shouldReachTheDepartmentsNamedWhateverTheirCase() {
        TestUser finance = TestUser.with(Role.REQUESTER).withDepartment("Finance");
        TestUser hr = TestUser.with(Role.REQUESTER).withDepartment("HR");
        String id =
                TestAnnouncements.published(author, notice("DEPARTMENTS", "[\"finance\", \"Sales\"]", "Budget tool"));
        assertThat(TestAnnouncements.activeIds(finance)).contains(id);
        assertThat(TestAnnouncements.activeIds(hr)).doesNotContain(id);
        Api.as(finance).get("/api/v1/announcements/" + id).then().statusCode(200);
        problem(Api.as(hr).get("/api/v1/announcements/" + id), 404, "not-found");
    }

    @Test
    void shouldReachThePeopleUsingTheAffectedItemsWhenPublished() {
        TestUser owner = TestUser.with(Role.REQUESTER);
        TestUser consumer = TestUser.with(Role.REQUESTER);
        TestUser bystander = TestUser.with(Role.REQUESTER);
        String database = TestCis.item("DATABASE", owner.signIn(), "HIGH");
        String application = TestCis.item("APPLICATION", consumer.signIn(), "LOW");
        TestCis.item("APPLICATION", bystander.signIn(), "LOW");
        TestCis.relate(application, "DEPENDS_ON", database, null);
        String id = TestAnnouncements.published(author, """
                {"type": "UNPLANNED_OUTAGE", "impact": "MAJOR", "language": "en",
                 "text": {"title": "Database down", "body": "The database is down."},
                 "ciIds": ["%s"], "audience": {"kind": "AFFECTED_USERS"}}""".formatted(database));
        assertThat(TestAnnouncements.activeIds(owner)).contains(id);
        assertThat(TestAnnouncements.activeIds(consumer)).contains(id);
        assertThat(TestAnnouncements.activeIds(bystander)).doesNotContain(id);
        problem(Api.as(bystander).get("/api/v1/announcements/" + id), 404, "not-found");
        Api.as(agent)
                .get("/api/v1/announcements/" + id + "/reach")
                .then()
                .statusCode(200)
                .body("audienceCount", equalTo(2));
    }

    @Test
    void shouldListTheMostSevereFirstThenTheNewestAPageAtATime() {
        TestUser requester = TestUser.with(Role.REQUESTER).withDepartment("Severity " + UUID.randomUUID());
        String department = "[\"" + requester.department() + "\"]";
        String minorOld = TestAnnouncements.published(author, notice("DEPARTMENTS", department, "Old minor"));
        String critical = TestAnnouncements.published(
                author, notice("DEPARTMENTS", department, "Critical").replace("MINOR", "CRITICAL"));
        String minorNew = TestAnnouncements.published(author, notice("DEPARTMENTS", department, "New minor"));
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as(requester).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/announcements/active");
            page.then().statusCode(200).header("Vary", equalTo("Accept-Language"));
            ids.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(ids.stream().filter(List.of(minorOld, critical, minorNew)::contains))
                .containsExactly(critical, minorNew, minorOld);
    }

    private static String notice(String audience, String departments, String title) {
        return """
                {"type": "GENERAL", "impact": "MINOR", "language": "en",
                 "text": {"title": "%s", "body": "Read this.", "callerAnswer": "Tell them it is known."},
                 "audience": {"kind": "%s", "departments": %s}}""".formatted(title, audience, departments);
    }
}
