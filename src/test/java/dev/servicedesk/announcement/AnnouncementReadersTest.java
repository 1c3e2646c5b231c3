package dev.servicedesk.announcement;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestAnnouncements;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Readers of a published announcement: counted, their feedback kept (the latest), the desk's acknowledgements. */
@QuarkusTest
class AnnouncementReadersTest {
    private final TestUser author = TestUser.with(Role.AGENT);
    private final TestUser agent = TestUser.with(Role.AGENT);
    private final TestUser reader = TestUser.with(Role.REQUESTER);
    private final TestUser otherReader = TestUser.with(Role.REQUESTER);

    @Test
    void shouldCountReadersFeedbackAndAcknowledgements() {
        String id = TestAnnouncements.published(author, AnnouncementApprovalTest.outage("UNPLANNED_OUTAGE", "MINOR"));
        Api.as(reader).get("/api/v1/announcements/" + id).then().statusCode(200);
        Api.as(reader).get("/api/v1/announcements/" + id).then().statusCode(200);
        feedback(reader, id, """
                {"helpful": false}""")
                .then()
                .statusCode(200)
                .body("personId", equalTo(reader.signIn()))
                .body("stillAffected", equalTo(false))
                .body("comment", nullValue());
        feedback(reader, id, """
                {"helpful": true, "stillAffected": true, "comment": "Still no mail in Munich."}""")
                .then()
                .statusCode(200)
                .body("helpful", equalTo(true))
                .body("givenAt", notNullValue());
        feedback(otherReader, id, """
                {"helpful": false, "stillAffected": true}""").then().statusCode(200);
        String first = acknowledge(agent, id).then().statusCode(200).extract().path("acknowledgedAt");
        acknowledge(agent, id).then().statusCode(200).body("acknowledgedAt", equalTo(first));

        Api.as(author)
                .get("/api/v1/announcements/" + id + "/reach")
                .then()
                .statusCode(200)
                .body("readCount", equalTo(3)) // the author's own reads count too
                .body("acknowledgedCount", equalTo(1))
                .body("helpfulCount", equalTo(1))
                .body("notHelpfulCount", equalTo(1))
                .body("stillAffectedCount", equalTo(2))
                .body("audienceCount", nullValue());
        Api.as(author)
                .queryParam("limit", 1)
                .get("/api/v1/announcements/" + id + "/feedback")
                .then()
                .statusCode(200)
                .body("items.personId", contains(otherReader.signIn()))
                .body("nextCursor", notNullValue());
        problem(Api.as(reader).get("/api/v1/announcements/" + id + "/reach"), 403, "forbidden");
    }

    @Test
    void shouldTakeFeedbackAndAcknowledgementsOnlyWhilePublished() {
        String draft = TestAnnouncements.draft(author, TestAnnouncements.NOTICE);
        problem(feedback(agent, draft, """
                {"helpful": true}"""), 409, "conflict");
        problem(acknowledge(agent, draft), 409, "conflict");
        problem(acknowledge(TestUser.with(Role.INTEGRATION), draft), 403, "forbidden");
    }

    private static Response feedback(TestUser user, String id, String json) {
        return Api.as(user).contentType("application/json").body(json).put("/api/v1/announcements/" + id + "/feedback");
    }

    private static Response acknowledge(TestUser user, String id) {
        return Api.as(user).put("/api/v1/announcements/" + id + "/acknowledgement");
    }
}
