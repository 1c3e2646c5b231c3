package dev.servicedesk.support;

import io.restassured.response.Response;
import java.util.UUID;

/** Knowledge base articles the tests read and review, written through the API like any other. */
public final class TestArticles {
    private TestArticles() {}

    /** A new PUBLIC SOLUTION draft in English by {@code author}, with a title no other test uses; answers its id. */
    public static String draft(TestUser author) {
        return create(author, """
                {"type": "SOLUTION", "language": "en", "title": "Printer jams on tray 2 (%s)",
                 "summary": "Reset the paper guides.", "body": "Slide the **guides** out and back.",
                 "category": "HARDWARE", "tags": ["printing"], "visibility": "PUBLIC"}""".formatted(UUID.randomUUID()));
    }

    /** A new article from {@code json}, created by {@code author}; answers its id. */
    public static String create(TestUser author, String json) {
        return Api.as(author)
                .contentType("application/json")
                .body(json)
                .post("/api/v1/kb/articles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A new draft by {@code author}, submitted for review; answers its id. */
    public static String inReview(TestUser author) {
        String article = draft(author);
        act(author, article, "submit", "{}").then().statusCode(200);
        return article;
    }

    /** Approves the source-language draft under review as {@code approver}. */
    public static void approve(TestUser approver, String article) {
        act(approver, article, "approve", "{}").then().statusCode(200);
    }

    /** Posts {@code json} to the article's {@code action} as {@code user}, with the ETag they read first. */
    public static Response act(TestUser user, String article, String action, String json) {
        return Api.as(user)
                .contentType("application/json")
                .header("If-Match", etag(user, article))
                .body(json)
                .post("/api/v1/kb/articles/" + article + "/" + action);
    }

    /** The article's ETag as {@code user} reads it. */
    public static String etag(TestUser user, String article) {
        return Api.as(user)
                .get("/api/v1/kb/articles/" + article)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
