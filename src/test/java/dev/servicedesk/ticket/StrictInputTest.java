package dev.servicedesk.ticket;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Bodies mean exactly what they say; the desk states channels: fails before issue 23, which coerced them. */
@QuarkusTest
class StrictInputTest {
    private static final String TICKETS = "/api/v1/tickets";
    private static final String INCIDENT = """
            {"type": "INCIDENT", "subject": "Printer jams"}""";

    private final TestUser requester = TestUser.with(Role.REQUESTER);

    @Test
    void shouldLetOnlyTheDeskStateTheChannel() {
        problem(create(requester, incidentWith("""
                "channel": "MONITORING"
                """)), 400, "validation").body("errors.field", contains("channel"));
        Api.as(TestQueues.frontLineAgent())
                .contentType("application/json")
                .body(incidentWith("""
                        "channel": "MONITORING"
                        """))
                .post(TICKETS)
                .then()
                .statusCode(201)
                .body("channel", equalTo("MONITORING"));
    }

    @Test
    void shouldTakeARequestersChannelFromTheApplicationTheySignedInWith() {
        Api.as(requester)
                .contentType("application/json")
                .body(INCIDENT)
                .post(TICKETS)
                .then()
                .statusCode(201)
                .body("channel", equalTo("PORTAL"));
        Api.bearer(requester.claims().claim("azp", "mobile-app").sign())
                .contentType("application/json")
                .body(INCIDENT)
                .post(TICKETS)
                .then()
                .statusCode(201)
                .body("channel", equalTo("MOBILE_APP"));
        Api.bearer(requester.claims().claim("azp", "some-other-app").sign())
                .contentType("application/json")
                .body(INCIDENT)
                .post(TICKETS)
                .then()
                .statusCode(201)
                .body("channel", equalTo("PORTAL"));
    }

    @Test
    void shouldRefuseAFractionForAWholeNumber() {
        problem(create(requester, incidentWith("""
                "affectedUsers": 1.5""")), 400, "validation")
                .body("errors.field", contains("affectedUsers"));
    }

    @Test
    void shouldRefuseAnEnumByItsPosition() {
        problem(create(requester, incidentWith("""
                "impact": 0""")), 400, "validation").body("errors.field", contains("impact"));
    }

    @Test
    void shouldRefuseTextForANumber() {
        problem(create(requester, incidentWith("""
                "affectedUsers": "7"
                """)), 400, "validation")
                .body("errors.field", contains("affectedUsers"));
    }

    @Test
    void shouldRefuseANumberForATimestamp() {
        problem(create(requester, incidentWith("""
                "occurredAt": 1700000000""")), 400, "validation").body("errors.field", contains("occurredAt"));
    }

    @Test
    void shouldRefuseAQuotedNumberForATimestamp() {
        problem(create(requester, incidentWith("""
                "occurredAt": "1700000000"
                """)), 400, "validation").body("errors.field", contains("occurredAt"));
    }

    @Test
    void shouldRefuseANumberBeyondTheRangeOfADouble() {
        // Written as raw JSON text, so that the number reaches the service as 1e400.
        problem(create(requester, incidentWith("""
                "environment": {"memory": 1e400}""")), 400, "validation")
                .body("errors.field", contains("environment.memory"));
    }

    /** The environment is shallow: a fact is a plain value, or a list or an object of plain values. */
    @Test
    void shouldHoldTheEnvironmentToItsShape() {
        create(requester, incidentWith("""
                        "environment": {"os": "Windows 11", "disks": ["C:", "D:"], "apps": {"outlook": "16.0", "vpn": 5.2}}""")).then().statusCode(201).body("environment.apps.outlook", equalTo("16.0"));
        problem(
                        create(requester, incidentWith("""
                                "environment": {"apps": {"outlook": {"version": "16.0"}}, "note": "%s", "ids": [%s]}""".formatted("x".repeat(2001), "1,".repeat(50) + "1"))),
                        400,
                        "validation")
                .body("errors.field", containsInAnyOrder("environment.apps", "environment.note", "environment.ids"));
        problem(create(requester, incidentWith("""
                "environment": {"driver": null}""")), 400, "validation")
                .body("errors.field", contains("environment.driver"));
    }

    @Test
    void shouldRefuseANumberForText() {
        problem(create(requester, """
                {"type": "INCIDENT", "subject": 123}"""), 400, "validation").body("errors.field", contains("subject"));
    }

    @Test
    void shouldRefuseAPriorityReasonWithoutAPriority() {
        TestUser agent = TestQueues.frontLineAgent();
        String ticket = TestTickets.printerJam(requester);
        String etag = Api.as(agent).get(TICKETS + "/" + ticket).header("ETag");

        problem(
                        Api.hostile(agent)
                                .contentType("application/merge-patch+json")
                                .header("If-Match", etag)
                                .body("""
                                        {"priorityReason": "because"}""")
                                .patch(TICKETS + "/" + ticket),
                        400,
                        "validation")
                .body("errors.field", contains("priorityReason"));
        Api.as(agent).get(TICKETS + "/" + ticket).then().header("ETag", equalTo(etag));
    }

    @Test
    void shouldRefuseAnEmptyIdempotencyKey() {
        problem(
                        Api.hostile(requester)
                                .contentType("application/json")
                                .header("Idempotency-Key", "")
                                .body(INCIDENT)
                                .post(TICKETS),
                        400,
                        "validation")
                .body("errors.field", contains("Idempotency-Key"));
    }

    private static String incidentWith(String field) {
        return """
                {"type": "INCIDENT", "subject": "Printer jams", %s}""".formatted(field);
    }

    private static Response create(TestUser user, String json) {
        return Api.hostile(user).contentType("application/json").body(json).post(TICKETS);
    }
}
