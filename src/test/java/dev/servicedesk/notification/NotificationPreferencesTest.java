package dev.servicedesk.notification;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NotificationPreferencesTest {
    private static final String PREFERENCES = "/api/v1/me/notification-preferences";

    private final TestUser user = TestUser.with(Role.REQUESTER);

    @Test
    void shouldSendEveryKindUntilThePersonOptsOut() {
        Api.as(user)
                .get(PREFERENCES)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("optedOut", empty())
                .body(
                        "kinds.kind",
                        contains(
                                "TICKET_RECEIVED",
                                "PUBLIC_REPLY",
                                "AWAITING_REQUESTER",
                                "RESOLVED",
                                "ESCALATED",
                                "ESCALATION_ACCEPTED",
                                "REQUESTER_REPLIED",
                                "ESCALATION_RECEIVED",
                                "ANNOUNCEMENT",
                                "SURVEY_INVITATION"))
                .body("kinds.essential", contains(false, false, true, true, false, false, false, false, false, false))
                .body("kinds.sent", contains(true, true, true, true, true, true, true, true, true, true));
    }

    @Test
    void shouldLetAPersonOptOutOfWhatIsNotEssential() {
        replace(user, "\"0\"", """
                {"optedOut": ["PUBLIC_REPLY", "TICKET_RECEIVED"]}""")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("optedOut", contains("PUBLIC_REPLY", "TICKET_RECEIVED"))
                .body("kinds.sent", contains(false, false, true, true, true, true, true, true, true, true));

        Api.as(user)
                .get(PREFERENCES)
                .then()
                .header("ETag", "\"1\"")
                .body("kinds.sent", contains(false, false, true, true, true, true, true, true, true, true));
        replace(user, "\"1\"", """
                {"optedOut": []}""")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("optedOut", empty());
    }

    @Test
    void shouldNeverOptOutOfWhatIsEssential() {
        problem(replace(user, "\"0\"", """
                {"optedOut": ["RESOLVED"]}"""), 400, "validation").body("errors[0].field", equalTo("optedOut"));
        problem(replace(user, "\"0\"", """
                {"optedOut": ["PUBLIC_REPLY", "PUBLIC_REPLY"]}"""), 400, "validation");
        problem(replace(user, "\"0\"", """
                {"optedOut": ["NEWSLETTER"]}"""), 400, "validation");
        problem(replace(user, "\"0\"", """
                {}"""), 400, "validation");
        Api.as(user).get(PREFERENCES).then().header("ETag", "\"0\"").body("optedOut", empty());
    }

    @Test
    void shouldNotLoseAnUpdate() {
        replace(user, "\"0\"", """
                {"optedOut": ["PUBLIC_REPLY"]}""").then().statusCode(200);

        problem(replace(user, "\"0\"", """
                {"optedOut": []}"""), 412, "precondition-failed");
        problem(replace(user, null, """
                {"optedOut": []}"""), 428, "precondition-required");
        Api.as(user).get(PREFERENCES).then().body("optedOut", contains("PUBLIC_REPLY"));
    }

    @Test
    void shouldKeepEachPersonsOwn() {
        replace(user, "\"0\"", """
                {"optedOut": ["PUBLIC_REPLY"]}""").then().statusCode(200);

        Api.as(TestUser.with(Role.AGENT))
                .get(PREFERENCES)
                .then()
                .header("ETag", "\"0\"")
                .body("optedOut", empty());
    }

    private static Response replace(TestUser user, String ifMatch, String json) {
        var request = Api.hostile(user).contentType("application/json").body(json);
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).put(PREFERENCES);
    }
}
