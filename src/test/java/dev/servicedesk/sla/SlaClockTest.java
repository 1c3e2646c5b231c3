package dev.servicedesk.sla;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static dev.servicedesk.support.TestTickets.move;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestSlaPolicies;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SlaClockTest {
    /** Friday 27 March 2026, 15:00 in Oslo; the clocks go forward on Sunday. */
    private static final Instant FRIDAY_15 = Instant.parse("2026-03-27T14:00:00Z");

    @Inject
    TestClock clock;

    private final TestUser admin = TestUser.with(Role.ADMIN);
    private TestUser agent;

    @BeforeEach
    void onTheFrontLine() {
        agent = TestQueues.frontLineAgent();
    }

    private final String department = "Dept " + UUID.randomUUID();
    private final TestUser requester = TestUser.with(Role.REQUESTER).withDepartment(department);

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void shouldStartTheClocksOfTheMatchingPolicyWhenATicketIsRecorded() {
        String policy = policy("""
                ["PUBLIC_REPLY", "STATUS_CHANGE"]""");
        clock.pin(FRIDAY_15);
        String ticket = ticket();

        Api.as(agent)
                .get(sla(ticket))
                .then()
                .statusCode(200)
                .body("policyId", equalTo(policy))
                .body("clocks.target", contains("FIRST_RESPONSE", "RESOLUTION"))
                .body("clocks.state", contains("RUNNING", "RUNNING"))
                .body("clocks[0].dueAt", equalTo("2026-03-27T15:00:00Z"))
                .body("clocks[1].dueAt", equalTo("2026-03-30T13:00:00Z")) // Monday 15:00 CEST
                .body("clocks[1].elapsedPercent", equalTo(0))
                .body("clocks[1].pausedMinutes", equalTo(0));
        problem(Api.hostile(requester).get(sla(ticket)), 403, "forbidden");
        problem(Api.hostile(TestUser.with(Role.REQUESTER)).get(sla(ticket)), 404, "not-found");
    }

    @Test
    void shouldPauseWhileAwaitingTheRequesterAndMoveTheDueTimeByTheBusinessTimePaused() {
        policy("""
                ["STATUS_CHANGE"]""");
        clock.pin(FRIDAY_15);
        String ticket = ticket();
        clock.pin(Instant.parse("2026-03-27T14:30:00Z"));
        move(agent, ticket, """
                {"to": "OPEN"}""").then().statusCode(200);
        move(agent, ticket, """
                {"to": "IN_PROGRESS"}""").then().statusCode(200);
        move(agent, ticket, """
                {"to": "PENDING", "pendingReason": "AWAITING_REQUESTER"}""").then().statusCode(200);

        Api.as(agent)
                .get(sla(ticket))
                .then()
                .body("clocks[0].state", equalTo("MET"))
                .body("clocks[0].metAt", equalTo("2026-03-27T14:30:00Z"))
                .body("clocks[1].state", equalTo("PAUSED"));

        clock.pin(Instant.parse("2026-03-30T07:00:00Z")); // Monday 09:00 CEST
        move(agent, ticket, """
                {"to": "IN_PROGRESS"}""").then().statusCode(200);

        // Paused 30 minutes on Friday (until 16:00) and 60 on Monday (from 08:00): 570 working
        // minutes from Friday 15:00 end on Tuesday at 08:30 CEST.
        Api.as(agent)
                .get(sla(ticket))
                .then()
                .body("clocks[1].state", equalTo("RUNNING"))
                .body("clocks[1].pausedMinutes", equalTo(90))
                .body("clocks[1].dueAt", equalTo("2026-03-31T06:30:00Z"))
                .body("clocks[1].elapsedPercent", equalTo(6)); // 30 of 480 minutes
        Api.as(agent)
                .get(sla(ticket) + "/explain")
                .then()
                .statusCode(200)
                .body("clocks[1].timeZone", equalTo("Europe/Oslo"))
                .body("clocks[1].pauses[0].from", equalTo("2026-03-27T14:30:00Z"))
                .body("clocks[1].pauses[0].to", equalTo("2026-03-30T07:00:00Z"))
                .body("clocks[1].pauses[0].businessSeconds", equalTo(5400))
                .body("clocks[1].pauses[0].movedDue", equalTo(true))
                .body("clocks[1].pausedSince", nullValue())
                .body(
                        "clocks[1].counted.from",
                        contains("2026-03-27T14:00:00Z", "2026-03-30T06:00:00Z", "2026-03-31T06:00:00Z"))
                .body(
                        "clocks[1].counted.to",
                        contains("2026-03-27T15:00:00Z", "2026-03-30T14:00:00Z", "2026-03-31T06:30:00Z"))
                .body("clocks[1].explanation", containsString("480 target minutes plus 90 paused minutes"));
        problem(Api.hostile(requester).get(sla(ticket) + "/explain"), 403, "forbidden");
    }

    @Test
    void shouldMeetTheFirstResponseOnlyByWhatThePolicySays() {
        policy("""
                ["PUBLIC_REPLY"]""");
        clock.pin(FRIDAY_15);
        String ticket = ticket();
        move(agent, ticket, """
                {"to": "OPEN"}""").then().statusCode(200);
        comment(requester, ticket, "PUBLIC");
        comment(agent, ticket, "INTERNAL");

        Api.as(agent).get(sla(ticket)).then().body("clocks[0].state", equalTo("RUNNING"));

        clock.pin(Instant.parse("2026-03-27T14:20:00Z"));
        comment(agent, ticket, "PUBLIC");
        Api.as(agent)
                .get(sla(ticket))
                .then()
                .body("clocks[0].state", equalTo("MET"))
                .body("clocks[0].metAt", equalTo("2026-03-27T14:20:00Z"))
                .body("clocks[0].breachedAt", nullValue());
    }

    @Test
    void shouldShowABreachAndAResolutionMetLate() {
        policy("""
                ["STATUS_CHANGE"]""");
        clock.pin(FRIDAY_15);
        String ticket = ticket();
        clock.pin(Instant.parse("2026-03-27T15:30:00Z"));

        Api.as(agent)
                .get(sla(ticket))
                .then()
                .body("clocks[0].state", equalTo("BREACHED"))
                .body("clocks[0].breachedAt", equalTo("2026-03-27T15:00:00Z"))
                .body("clocks[0].elapsedPercent", equalTo(100)); // the office closed at 16:00 local

        clock.pin(Instant.parse("2026-03-30T14:00:00Z"));
        move(agent, ticket, """
                {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Done"}""").then().statusCode(200);
        Api.as(agent)
                .get(sla(ticket))
                .then()
                .body("clocks.state", contains("BREACHED", "BREACHED"))
                .body("clocks[1].metAt", equalTo("2026-03-30T14:00:00Z"))
                .body("clocks[1].breachedAt", equalTo("2026-03-30T13:00:00Z"));
    }

    @Test
    void shouldCancelTheClocksOfACancelledTicketAndRunAgainOnReopening() {
        policy("""
                ["STATUS_CHANGE"]""");
        clock.pin(FRIDAY_15);
        String cancelled = ticket();
        move(agent, cancelled, """
                {"to": "CANCELLED", "cancelReason": "Duplicate call"}""").then().statusCode(200);
        Api.as(agent).get(sla(cancelled)).then().body("clocks.state", contains("CANCELLED", "CANCELLED"));

        String reopened = ticket();
        move(agent, reopened, """
                {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Done"}""").then().statusCode(200);
        clock.pin(Instant.parse("2026-03-27T14:45:00Z"));
        move(requester, reopened, """
                {"to": "IN_PROGRESS"}""").then().statusCode(200);
        Api.as(agent)
                .get(sla(reopened))
                .then()
                .body("clocks.state", contains("MET", "RUNNING"))
                .body("clocks[1].pausedMinutes", equalTo(45))
                .body("clocks[1].dueAt", equalTo("2026-03-30T13:45:00Z"));
    }

    @Test
    void shouldRetargetTheClocksWhenPriorityOrQueueChangesAndSaySoInTheTimeline() {
        String calendar = calendar();
        create("""
                {"name": "Tiered %s", "position": 900000, "calendarId": "%s",
                 "conditions": {"requesterDepartments": ["%s"]}, "targets": {"MEDIUM": {"firstResponseMinutes": 60,
                 "resolutionMinutes": 480}, "CRITICAL": {"firstResponseMinutes": 15,
                 "resolutionMinutes": 120}}}""".formatted(UUID.randomUUID(), calendar, department));
        String queue = TestQueues.queue(2);
        String network = create("""
                {"name": "Network %s", "position": 899999, "calendarId": "%s", "conditions": {"queueIds": ["%s"],
                 "requesterDepartments": ["%s"]}, "targets": {"CRITICAL": {"firstResponseMinutes": 30,
                 "resolutionMinutes": 60,
                 "updateMinutes": 120}}}""".formatted(UUID.randomUUID(), calendar, queue, department));
        clock.pin(FRIDAY_15);
        String ticket = ticket();
        clock.pin(Instant.parse("2026-03-27T14:10:00Z"));

        String etag = Api.as(agent).get("/api/v1/tickets/" + ticket).header("ETag");
        Api.as(agent)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("""
                        {"impact": "HIGH", "urgency": "HIGH"}""")
                .patch("/api/v1/tickets/" + ticket)
                .then()
                .statusCode(200)
                .body("priority", equalTo("CRITICAL"));
        Api.as(agent)
                .get(sla(ticket))
                .then()
                .body("clocks[0].dueAt", equalTo("2026-03-27T14:15:00Z"))
                .body("clocks[1].dueAt", equalTo("2026-03-30T07:00:00Z")); // 60 on Friday, 60 on Monday
        Api.as(agent)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.find { it.kind == 'SLA_RETARGETED' }.visibility", equalTo("INTERNAL"))
                .body(
                        "items.find { it.kind == 'SLA_RETARGETED' }.changes.field",
                        contains("slaDueAt.FIRST_RESPONSE", "slaDueAt.RESOLUTION"))
                .body(
                        "items.find { it.kind == 'SLA_RETARGETED' }.changes.to",
                        contains("2026-03-27T14:15:00Z", "2026-03-30T07:00:00Z"));

        TestQueues.assign(agent, ticket, """
                {"queueId": "%s"}""".formatted(queue)).then().statusCode(200);
        Api.as(agent)
                .get(sla(ticket))
                .then()
                .body("policyId", equalTo(network))
                .body("clocks.target", contains("FIRST_RESPONSE", "RESOLUTION", "UPDATE"))
                .body("clocks[0].dueAt", equalTo("2026-03-27T14:30:00Z"))
                .body("clocks[1].dueAt", equalTo("2026-03-27T15:00:00Z"))
                .body("clocks[2].dueAt", equalTo("2026-03-30T07:00:00Z"));
        Api.as(agent)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body(
                        "items.findAll { it.kind == 'SLA_RETARGETED' }[1].changes.field",
                        contains("slaDueAt.FIRST_RESPONSE", "slaDueAt.RESOLUTION", "slaDueAt.UPDATE"))
                .body("items.findAll { it.kind == 'SLA_RETARGETED' }[1].changes[2].from", nullValue());
    }

    @Test
    void shouldOrderAQueuesWorkingListBySlaDueTimeThenPriority() {
        String calendar = TestSlaPolicies.alwaysOpenCalendar();
        create("""
                {"name": "Order %s", "position": 900000, "calendarId": "%s",
                 "conditions": {"requesterDepartments": ["%s"]}, "targets": {"LOW": {"firstResponseMinutes": 30,
                 "resolutionMinutes": 120}, "CRITICAL": {"firstResponseMinutes": 240,
                 "resolutionMinutes": 480}}}""".formatted(UUID.randomUUID(), calendar, department));
        String queue = TestQueues.queue(1, agent.signIn());
        clock.pin(FRIDAY_15);
        String critical = inQueue(queue, ticket(requester, "HIGH"));
        String low = inQueue(queue, ticket(requester, "LOW"));
        String noClock = inQueue(queue, ticket(TestUser.with(Role.REQUESTER), "HIGH"));

        Api.as(agent)
                .get("/api/v1/queues/" + queue + "/tickets")
                .then()
                .statusCode(200)
                .body("items.id", contains(low, critical, noClock))
                .body("items[0].slaDueAt", equalTo("2026-03-27T14:30:00Z"))
                .body("items[2].slaDueAt", nullValue());
        Api.as(agent)
                .queryParam("queueId", queue)
                .queryParam("sort", "slaDue")
                .get("/api/v1/tickets")
                .then()
                .body("items.id", contains(low, critical, noClock));
    }

    private String ticket(TestUser user, String impactAndUrgency) {
        return Api.as(user)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "Order test", "impact": "%s",
                         "urgency": "%s"}""".formatted(impactAndUrgency, impactAndUrgency))
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private String inQueue(String queue, String ticket) {
        TestQueues.assign(agent, ticket, """
                {"queueId": "%s"}""".formatted(queue)).then().statusCode(200);
        return ticket;
    }

    @Test
    void shouldSetNoClocksWhenNoPolicyApplies() {
        String ticket = Api.as(TestUser.with(Role.REQUESTER).withDepartment("Nowhere " + UUID.randomUUID()))
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "No SLA here"}""")
                .post("/api/v1/tickets")
                .path("id");

        Api.as(agent)
                .get(sla(ticket))
                .then()
                .statusCode(200)
                .body("policyId", nullValue())
                .body("clocks", empty());
    }

    private String create(String policyJson) {
        return Api.as(admin)
                .contentType("application/json")
                .body(policyJson)
                .post("/api/v1/sla-policies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private String calendar() {
        return Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "Oslo %s", "timeZone": "Europe/Oslo",
                         "week": {"MONDAY": [{"start": "08:00", "end": "16:00"}],
                         "TUESDAY": [{"start": "08:00", "end": "16:00"}],
                         "WEDNESDAY": [{"start": "08:00", "end": "16:00"}],
                         "THURSDAY": [{"start": "08:00", "end": "16:00"}],
                         "FRIDAY": [{"start": "08:00", "end": "16:00"}]}}""".formatted(UUID.randomUUID()))
                .post("/api/v1/calendars")
                .path("id");
    }

    private String policy(String firstResponseMetBy) {
        String calendar = calendar();
        String target = """
                {"firstResponseMinutes": 60, "resolutionMinutes": 480}""";
        return Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "Clocks %s", "calendarId": "%s", "conditions": {"requesterDepartments": ["%s"]},
                         "targets": {"CRITICAL": %s, "HIGH": %s, "MEDIUM": %s, "LOW": %s, "INFORMATIONAL": %s},
                         "firstResponseMetBy": %s}""".formatted(
                                UUID.randomUUID(),
                                calendar,
                                department,
                                target,
                                target,
                                target,
                                target,
                                target,
                                firstResponseMetBy))
                .post("/api/v1/sla-policies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private String ticket() {
        return Api.as(requester)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "Clock test"}""")
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void comment(TestUser user, String ticket, String visibility) {
        Api.as(user)
                .contentType("application/json")
                .body("""
                        {"body": "Note", "visibility": "%s"}""".formatted(visibility))
                .post("/api/v1/tickets/" + ticket + "/comments")
                .then()
                .statusCode(201);
    }

    private static String sla(String ticket) {
        return "/api/v1/tickets/" + ticket + "/sla";
    }
}
