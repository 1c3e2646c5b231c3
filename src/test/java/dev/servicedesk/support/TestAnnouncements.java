package dev.servicedesk.support;

import dev.servicedesk.identity.Role;
import io.restassured.response.Response;
import java.util.List;

/** Announcements the tests start from, written and moved through the API. */
public final class TestAnnouncements {
    private static final TestUser APPROVER = TestUser.with(Role.ADMIN);

    private TestAnnouncements() {}

    /** A GENERAL notice for everyone, in English, of MINOR impact. */
    public static final String NOTICE = """
            {"type": "GENERAL", "impact": "MINOR", "language": "en",
             "text": {"title": "New printers", "body": "Every floor gets a new printer."},
             "audience": {"kind": "EVERYONE"}}""";

    /** Writes {@code json} as {@code author}; answers the new announcement's id. */
    public static String draft(TestUser author, String json) {
        return create(author, json).then().statusCode(201).extract().path("id");
    }

    public static Response create(TestUser author, String json) {
        return Api.as(author).contentType("application/json").body(json).post("/api/v1/announcements");
    }

    /** Moves it as {@code user}, under the ETag they read first. */
    public static Response move(TestUser user, String id, String json) {
        return Api.as(user)
                .contentType("application/json")
                .header("If-Match", etag(user, id))
                .body(json)
                .post("/api/v1/announcements/" + id + "/transitions");
    }

    /** Written by {@code author}, approved by an admin who wrote none of it, and published now; answers its id. */
    public static String published(TestUser author, String json) {
        String id = draft(author, json);
        move(author, id, """
                {"to": "PENDING_APPROVAL"}""").then().statusCode(200);
        move(APPROVER, id, """
                {"to": "APPROVED"}""").then().statusCode(200);
        move(APPROVER, id, """
                {"to": "PUBLISHED"}""").then().statusCode(200);
        return id;
    }

    /** The ids of what {@code user} gets as going on now (the first 200). */
    public static List<String> activeIds(TestUser user) {
        return Api.as(user)
                .queryParam("limit", 200)
                .get("/api/v1/announcements/active")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    public static String etag(TestUser user, String id) {
        return Api.as(user)
                .get("/api/v1/announcements/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
