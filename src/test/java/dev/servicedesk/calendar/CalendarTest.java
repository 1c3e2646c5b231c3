package dev.servicedesk.calendar;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarTest {
    private static final String CALENDARS = "/api/v1/calendars";
    private static final String OFFICE_WEEK = """
            {"MONDAY": [{"start": "13:00", "end": "16:00"}, {"start": "08:00", "end": "12:00"}],
             "TUESDAY": [{"start": "08:00", "end": "16:00"}], "WEDNESDAY": [{"start": "08:00", "end": "16:00"}],
             "THURSDAY": [{"start": "08:00", "end": "16:00"}], "FRIDAY": [{"start": "08:00", "end": "16:00"}]}""";

    private final TestUser admin = TestUser.with(Role.ADMIN);
    private final TestUser agent = TestUser.with(Role.AGENT);

    @Test
    void shouldCreateReadChangeAndDeleteACalendar() {
        Response created = create(admin, """
                {"name": "%s", "timeZone": "Europe/Oslo", "week": %s,
                 "holidays": [{"date": "2026-12-25", "name": "Christmas Day"}, {"date": "2026-12-24",
                 "closedFrom": "12:00"}]}""".formatted(unique("Oslo office"), OFFICE_WEEK));
        created.then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("timeZone", equalTo("Europe/Oslo"))
                .body("alwaysOpen", equalTo(false))
                .body("week.MONDAY.start", contains("08:00", "13:00"))
                .body("week.SATURDAY", empty())
                .body("holidays.date", contains("2026-12-24", "2026-12-25"))
                .body("holidays[0].closedFrom", equalTo("12:00"))
                .body("holidays[0].name", nullValue());
        String path = created.header("Location");
        Api.as(agent).get(path).then().statusCode(200).body("id", equalTo(created.path("id")));

        String etag = Api.as(admin).get(path).header("ETag");
        patch(etag, path, """
                {"week": {"SATURDAY": [{"start": "10:00", "end": "14:00"}]}, "description": "HQ"}""")
                .then()
                .statusCode(200)
                .body("week.SATURDAY.end", contains("14:00"))
                .body("week.MONDAY.start", contains("08:00", "13:00"))
                .body("description", equalTo("HQ"));
        problem(patch(etag, path, """
                {"description": null}"""), 412, "precondition-failed");

        String current = Api.as(admin).get(path).header("ETag");
        Api.as(admin).header("If-Match", current).delete(path).then().statusCode(204);
        problem(Api.hostile(admin).get(path), 404, "not-found");
    }

    @Test
    void shouldListCalendarsByName() {
        String family = UUID.randomUUID().toString();
        create(admin, always("B " + family)).then().statusCode(201);
        create(admin, always("a " + family)).then().statusCode(201);

        Api.as(agent)
                .queryParam("limit", 200)
                .get(CALENDARS)
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.name.endsWith('" + family + "') }.name",
                        contains("a " + family, "B " + family));
    }

    @Test
    void shouldRejectACalendarThatCannotWork() {
        invalid("""
                {"name": "x", "timeZone": "Mars/Olympus", "alwaysOpen": true}""", "timeZone");
        invalid("""
                {"name": "x", "timeZone": "+02:00", "alwaysOpen": true}""", "timeZone");
        invalid("""
                {"name": "x", "timeZone": "UTC"}""", "week");
        invalid("""
                {"name": "x", "timeZone": "UTC", "alwaysOpen": true, "week": %s}""".formatted(OFFICE_WEEK), "week");
        invalid("""
                {"name": "x", "timeZone": "UTC", "week": {"MONDAY": [{"start": "08:00", "end": "12:00"},
                 {"start": "11:00", "end": "13:00"}]}}""", "week.MONDAY[1]");
        invalid("""
                {"name": "x", "timeZone": "UTC", "week": {"MONDAY": [{"start": "22:00", "end": "07:00"}],
                 "TUESDAY": [{"start": "06:00", "end": "14:00"}]}}""", "week.TUESDAY[0]");
        invalid("""
                {"name": "x", "timeZone": "UTC", "week": {"SUNDAY": [{"start": "20:00", "end": "09:00"}],
                 "MONDAY": [{"start": "08:00", "end": "12:00"}]}}""", "week.MONDAY[0]");
        problem(create(admin, """
                        {"name": "x", "timeZone": "UTC",
                         "week": {"MONDAY": [{"start": "08:00:30", "end": "12:00"}]}}"""), 400, "validation");
        invalid("""
                {"name": "x", "timeZone": "UTC", "alwaysOpen": true,
                 "holidays": [{"date": "2026-12-24", "closedFrom": "12:00", "closedUntil": "09:00"}]}""", "holidays[0].closedUntil");
        problem(create(admin, """
                {"name": "x", "timeZone": "UTC", "week": {"FUNDAY": []}}"""), 400, "validation");
        problem(create(admin, """
                        {"name": "x", "timeZone": "UTC", "week": {"MONDAY": [{"start": "24:00", "end": "12:00"}]}}"""), 400, "validation");
        String name = unique("Taken");
        create(admin, always(name)).then().statusCode(201);
        problem(create(admin, always(name.toUpperCase())), 409, "conflict");
    }

    @Test
    void shouldLetOnlyAdminsManageCalendars() {
        problem(create(agent, always(unique("Mine"))), 403, "forbidden");
        problem(create(TestUser.with(Role.SUPERVISOR), always(unique("Mine"))), 403, "forbidden");
        problem(Api.hostile(TestUser.with(Role.REQUESTER)).get(CALENDARS), 403, "forbidden");
        problem(Api.hostile().get(CALENDARS), 401, "unauthorized");
    }

    @Test
    void shouldAnswerWhenWorkingMinutesEndAndHowTheyWereCounted() {
        String path = create(admin, """
                        {"name": "%s", "timeZone": "Europe/Oslo", "week": %s}""".formatted(unique("Oslo"), OFFICE_WEEK)).header("Location");

        Api.as(agent)
                .queryParam("from", "2026-03-27T14:00:00Z")
                .queryParam("minutes", 120)
                .get(path + "/due")
                .then()
                .statusCode(200)
                .body("due", equalTo("2026-03-30T07:00:00Z"))
                .body("minutes", equalTo(120))
                .body("counted.from", contains("2026-03-27T14:00:00Z", "2026-03-30T06:00:00Z"))
                .body("counted.to", contains("2026-03-27T15:00:00Z", "2026-03-30T07:00:00Z"));
        problem(Api.hostile(agent).get(path + "/due"), 400, "validation")
                .body("errors.field", containsInAnyOrder("from", "minutes"));
        problem(
                        Api.hostile(agent)
                                .queryParam("from", "2026-03-27T14:00:00Z")
                                .queryParam("minutes", -1)
                                .get(path + "/due"),
                        400,
                        "validation")
                .body("errors.field", hasItem("minutes"));
        problem(
                Api.hostile(agent)
                        .queryParam("from", "2026-03-27T14:00:00Z")
                        .queryParam("minutes", 1)
                        .get(CALENDARS + "/" + UUID.randomUUID() + "/due"),
                404,
                "not-found");
    }

    private void invalid(String json, String field) {
        problem(create(admin, json), 400, "validation").body("errors.field", hasItem(field));
    }

    private static String always(String name) {
        return """
                {"name": "%s", "timeZone": "UTC", "alwaysOpen": true}""".formatted(name);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Response create(TestUser user, String json) {
        return Api.hostile(user).contentType("application/json").body(json).post(CALENDARS);
    }

    private Response patch(String etag, String path, String json) {
        return Api.hostile(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(json)
                .patch(path);
    }
}
