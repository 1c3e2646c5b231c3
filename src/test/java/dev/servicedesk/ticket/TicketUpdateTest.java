package dev.servicedesk.ticket;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TicketUpdateTest {
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private TestUser agent;

    @BeforeEach
    void onTheFrontLine() {
        agent = TestQueues.frontLineAgent();
    }

    @Test
    void shouldMergeTheDetailsAndLogEveryChange() {
        String ticket = newTicket();

        patch(agent, ticket, """
                        {"subject": "Printer 3F jams on duplex", "category": "HARDWARE", "environment": {"driver": null,
                         "firmware": "2.1"}, "contact": {"phone": "+47 1"}}""")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("subject", equalTo("Printer 3F jams on duplex"))
                .body("environment.os", equalTo("Windows 11"))
                .body("environment.firmware", equalTo("2.1"))
                .body("environment", not(hasKey("driver")))
                .body("contact.phone", equalTo("+47 1"))
                .body("contact.email", equalTo("kari@example.org"));

        Api.as(requester)
                .get(timeline(ticket))
                .then()
                .body("items[-1].kind", equalTo("UPDATED"))
                .body("items[-1].changes.field", containsInAnyOrder("subject", "category", "environment", "contact"))
                .body("items[-1].changes.find { it.field == 'subject' }.from", equalTo("Printer jams"))
                .body("items[-1].changes.find { it.field == 'category' }.to", equalTo("HARDWARE"));
    }

    @Test
    void shouldDeriveThePriorityAgainWhenImpactOrUrgencyChange() {
        String ticket = newTicket();

        patch(agent, ticket, """
                {"impact": "HIGH", "urgency": "HIGH"}""").then().statusCode(200).body("priority", equalTo("CRITICAL"));
    }

    @Test
    void shouldOverrideThePriorityOnlyWithAReason() {
        String ticket = newTicket();

        problem(patch(agent, ticket, """
                {"priority": "HIGH"}"""), 400, "validation").body("errors.field", contains("priorityReason"));
        patch(agent, ticket, """
                {"priority": "HIGH", "priorityReason": "CEO's printer"}""").then().statusCode(200).body("priority", equalTo("HIGH"));
        Api.as(agent).get(timeline(ticket)).then().body("items[-1].body", equalTo("CEO's printer"));
    }

    @Test
    void shouldLetARequesterEditOnlyDescriptionAndContactWhileNewOrOpen() {
        String ticket = newTicket();

        patch(requester, ticket, """
                {"description": "Now it smokes too"}""").then().statusCode(200).body("description", equalTo("Now it smokes too"));
        problem(patch(requester, ticket, """
                        {"priority": "CRITICAL", "priorityReason": "please"}"""), 403, "forbidden");
        problem(patch(requester, ticket, """
                {"subject": "Mine"}"""), 403, "forbidden");
        problem(patch(TestUser.with(Role.REQUESTER), ticket, """
                {"description": "x"}"""), 404, "not-found");

        String etag = Api.as(agent).get("/api/v1/tickets/" + ticket).header("ETag");
        Api.as(agent)
                .contentType("application/json")
                .header("If-Match", etag)
                .body("""
                        {"to": "IN_PROGRESS"}""")
                .post("/api/v1/tickets/" + ticket + "/transitions")
                .then()
                .statusCode(200);
        problem(patch(requester, ticket, """
                {"description": "again"}"""), 409, "conflict");
    }

    @Test
    void shouldRejectWhatAPatchCannotChange() {
        String ticket = newTicket();

        problem(patch(agent, ticket, """
                {"status": "CLOSED", "key": "INC-1"}"""), 400, "validation").body("errors.field", containsInAnyOrder("status", "key"));
        problem(patch(agent, ticket, """
                {"subject": "", "contact": {"email": "nope"}}"""), 400, "validation")
                .body("errors.field", containsInAnyOrder("subject", "contact.email"));
        problem(patch(agent, ticket, """
                {"category": "FURNITURE"}"""), 400, "validation").body("errors.field", contains("category"));
        problem(patch(agent, ticket, "[1,2]"), 400, "validation").body("errors.field", contains("body"));
    }

    @Test
    void shouldKeepAnExplicitPriorityWhenImpactChangesToo() {
        String ticket = newTicket();

        patch(agent, ticket, """
                {"impact": "LOW", "priority": "HIGH", "priorityReason": "VIP"}""")
                .then()
                .statusCode(200)
                .body("impact", equalTo("LOW"))
                .body("priority", equalTo("HIGH"));
        problem(patch(agent, ticket, """
                {"priority": "LOW", "priorityReason": 123}"""), 400, "validation").body("errors.field", contains("priorityReason"));
    }

    @Test
    void shouldHoldPatchesToTheLimitsOfACreate() {
        String ticket = newTicket();

        problem(patch(agent, ticket, """
                {"environment": {"blob": "%s"}}""".formatted("x".repeat(17_000))), 400, "validation")
                .body("errors.field", contains("environment"));
        problem(patch(agent, ticket, """
                {"occurredAt": "+10000-01-01T00:00:00Z"}"""), 400, "validation");
    }

    @Test
    void shouldLogTimesAsPlainText() {
        String ticket = newTicket();

        patch(agent, ticket, """
                {"occurredAt": "2026-11-20T07:00:00Z"}""").then().statusCode(200);

        Api.as(agent).get(timeline(ticket)).then().body("items[-1].changes[0].to", equalTo("2026-11-20T07:00:00Z"));
    }

    /** Old and new values are the field's own JSON values, never JSON text inside a string. */
    @Test
    void shouldLogEachValueAsTheTicketShowsIt() {
        String ticket = newTicket();

        patch(agent, ticket, """
                        {"affectedUsers": 12, "affectedSystems": ["PRN-3F-KITCHEN"],
                         "environment": {"os": "Windows 11", "build": 22631}}""").then().statusCode(200);

        Api.as(agent)
                .get(timeline(ticket))
                .then()
                .body("items[-1].changes.field", contains("affectedUsers", "affectedSystems", "environment"))
                .body("items[-1].changes[0].from", nullValue())
                .body("items[-1].changes[0].to", equalTo(12))
                .body("items[-1].changes[1].from", equalTo(List.of()))
                .body("items[-1].changes[1].to", contains("PRN-3F-KITCHEN"))
                .body("items[-1].changes[2].from", equalTo(Map.of("os", "Windows 11", "driver", "5.2")))
                .body("items[-1].changes[2].to.os", equalTo("Windows 11"))
                .body("items[-1].changes[2].to.build", equalTo(22631));
    }

    @Test
    void shouldRequireTheCurrentETagAndTheMergePatchMediaType() {
        String ticket = newTicket();

        problem(
                Api.hostile(agent).contentType(MERGE_PATCH).body("""
                                {"subject": "x"}""").patch("/api/v1/tickets/" + ticket),
                428,
                "precondition-required");
        problem(
                Api.hostile(agent)
                        .contentType(MERGE_PATCH)
                        .header("If-Match", "\"7\"")
                        .body("""
                                {"subject": "x"}""")
                        .patch("/api/v1/tickets/" + ticket),
                412,
                "precondition-failed");
        problem(
                Api.hostile(agent)
                        .contentType("application/json")
                        .header("If-Match", "\"0\"")
                        .body("""
                                {"subject": "x"}""")
                        .patch("/api/v1/tickets/" + ticket),
                415,
                "unsupported-media-type");
    }

    @Test
    void shouldChangeNothingForAPatchThatChangesNothing() {
        String ticket = newTicket();

        patch(agent, ticket, """
                {"subject": "Printer jams"}""").then().statusCode(200).header("ETag", equalTo("\"0\""));
        Api.as(agent).get(timeline(ticket)).then().body("items.kind", contains("CREATED"));
    }

    @Test
    void shouldChangeATicketNamedByItsKeyInAnyCase() {
        String ticket = newTicket();
        String key = Api.as(agent).get("/api/v1/tickets/" + ticket).path("key");

        patch(agent, key.toLowerCase(), """
                {"subject": "Printer jams on every page"}""")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("id", equalTo(ticket))
                .body("subject", equalTo("Printer jams on every page"));
        problem(patch(TestUser.with(Role.REQUESTER), key, """
                {"description": "Not mine"}"""), 404, "not-found");
    }

    private String newTicket() {
        return Api.as(requester)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "Printer jams", "environment": {"os": "Windows 11",
                         "driver": "5.2"}, "contact": {"email": "kari@example.org"}}""")
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Response patch(TestUser user, String ticket, String json) {
        String etag = Api.as(user).get("/api/v1/tickets/" + ticket).header("ETag");
        return Api.hostile(user)
                .contentType(MERGE_PATCH)
                .header("If-Match", etag == null ? "\"0\"" : etag)
                .body(json)
                .patch("/api/v1/tickets/" + ticket);
    }

    private static String timeline(String ticket) {
        return "/api/v1/tickets/" + ticket + "/timeline";
    }
}
