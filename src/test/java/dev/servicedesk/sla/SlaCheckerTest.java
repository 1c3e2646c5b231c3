package dev.servicedesk.sla;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.Jobs;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestEvents;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestSlaPolicies;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SlaCheckerTest {
    private static final Instant T0 = Instant.parse("2026-05-04T10:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    SlaChecker checker;

    @Inject
    SlaCheckJob job;

    @Inject
    Pool pool;

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
    void shouldRecordEachWarningAndTheBreachOnceAtTheInstantTheyOccurred() {
        policy();
        clock.pin(T0);
        String ticket = ticket();
        clock.pin(T0.plus(Duration.ofMinutes(61)));

        check();
        check();

        Api.as(agent)
                .queryParam("ticketId", ticket)
                .get("/api/v1/sla-events")
                .then()
                .statusCode(200)
                .body("items.kind", contains("WARNING", "WARNING", "BREACH"))
                .body("items.target", contains("FIRST_RESPONSE", "FIRST_RESPONSE", "FIRST_RESPONSE"))
                .body("items.threshold", contains(50, 90, 100))
                .body(
                        "items.occurredAt",
                        contains("2026-05-04T10:30:00Z", "2026-05-04T10:54:00Z", "2026-05-04T11:00:00Z"))
                .body("items[2].dueAt", equalTo("2026-05-04T11:00:00Z"));
        Api.as(agent)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body(
                        "items.findAll { it.kind.startsWith('SLA_') }.kind",
                        contains("SLA_WARNING", "SLA_WARNING", "SLA_BREACHED"))
                .body(
                        "items.findAll { it.kind.startsWith('SLA_') }.visibility",
                        contains("INTERNAL", "INTERNAL", "INTERNAL"));
        Api.as(requester).get("/api/v1/tickets/" + ticket + "/timeline").then().body("items.kind", contains("CREATED"));
        JsonPath events = TestEvents.about(ticket);
        assertThat(events.getList("items.type", String.class))
                .containsExactly("ticket.created", "sla.warning", "sla.warning", "sla.breached");
        assertThat(events.getList("items.data.threshold")).containsExactly(null, 50, 90, null);
        assertThat(events.getList("items.occurredAt", String.class))
                .endsWith("2026-05-04T10:30:00Z", "2026-05-04T10:54:00Z", "2026-05-04T11:00:00Z");
        assertThat(events.getString("items[3].data.target")).isEqualTo("FIRST_RESPONSE");
        assertThat(events.getString("items[3].data.dueAt")).isEqualTo("2026-05-04T11:00:00Z");
        assertThat(events.getString("items[3].actorId")).isNull();
        problem(Api.hostile(requester).get("/api/v1/sla-events"), 403, "forbidden");
        problem(Api.hostile(agent).queryParam("kind", "LATE").get("/api/v1/sla-events"), 400, "validation")
                .body("errors.field", contains("kind"));
    }

    @Test
    void shouldRecordEachEscalationLevelOnceAlsoBesideAWarningAndPastTheBreach() {
        policy("""
                , "escalationLevels": [{"target": "FIRST_RESPONSE", "atPercent": 150, "recipients": ["ASSIGNEE"]},
                 {"target": "FIRST_RESPONSE", "atPercent": 90, "recipients": ["QUEUE_SUPERVISOR"]},
                 {"target": "RESOLUTION", "atPercent": 50, "recipients": ["ASSIGNEE"]}]""");
        clock.pin(T0);
        String ticket = ticket();

        clock.pin(T0.plus(Duration.ofMinutes(61)));
        check();
        clock.pin(T0.plus(Duration.ofMinutes(95)));
        check();
        clock.pin(T0.plus(Duration.ofHours(4)));
        check();
        check();

        Api.as(agent)
                .queryParam("ticketId", ticket)
                .get("/api/v1/sla-events")
                .then()
                .statusCode(200)
                .body(
                        "items.kind",
                        contains("WARNING", "WARNING", "ESCALATION", "BREACH", "ESCALATION", "WARNING", "ESCALATION"))
                .body("items.threshold", contains(50, 90, 90, 100, 150, 50, 50))
                .body("items.level", contains(null, null, 1, null, 2, null, 1))
                .body(
                        "items.target",
                        contains(
                                "FIRST_RESPONSE",
                                "FIRST_RESPONSE",
                                "FIRST_RESPONSE",
                                "FIRST_RESPONSE",
                                "FIRST_RESPONSE",
                                "RESOLUTION",
                                "RESOLUTION"))
                .body(
                        "items.occurredAt",
                        contains(
                                "2026-05-04T10:30:00Z",
                                "2026-05-04T10:54:00Z",
                                "2026-05-04T10:54:00Z",
                                "2026-05-04T11:00:00Z",
                                "2026-05-04T11:30:00Z",
                                "2026-05-04T14:00:00Z",
                                "2026-05-04T14:00:00Z"));
        Api.as(agent)
                .queryParam("ticketId", ticket)
                .queryParam("kind", "ESCALATION")
                .get("/api/v1/sla-events")
                .then()
                .body("items.threshold", contains(90, 150, 50));
        Api.as(agent)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body(
                        "items.findAll { it.kind.startsWith('SLA_') }.kind",
                        contains("SLA_WARNING", "SLA_WARNING", "SLA_BREACHED", "SLA_WARNING"));
    }

    @Test
    void shouldNotWarnAPausedClockAndWarnAfterItResumes() {
        policy();
        clock.pin(T0);
        String ticket = ticket();
        clock.pin(T0.plus(Duration.ofMinutes(10)));
        move(ticket, """
                {"to": "OPEN"}""");
        move(ticket, """
                {"to": "IN_PROGRESS"}""");
        move(ticket, """
                {"to": "PENDING", "pendingReason": "AWAITING_REQUESTER"}""");
        clock.pin(T0.plus(Duration.ofHours(6)));

        check();
        Api.as(agent)
                .queryParam("ticketId", ticket)
                .get("/api/v1/sla-events")
                .then()
                .body("items.size()", equalTo(0));

        move(ticket, """
                {"to": "IN_PROGRESS"}""");
        clock.pin(T0.plus(Duration.ofHours(6)).plus(Duration.ofMinutes(231)));
        check();
        // 10 minutes before the pause and 231 after: past half of the 480-minute resolution target.
        Api.as(agent)
                .queryParam("ticketId", ticket)
                .get("/api/v1/sla-events")
                .then()
                .body("items.target", contains("RESOLUTION"))
                .body("items.threshold", contains(50))
                .body("items.occurredAt", contains("2026-05-04T19:50:00Z"));
    }

    @Test
    void shouldRecordEveryEventExactlyOnceWhenTwoCheckersRunAtOnce() throws Exception {
        policy();
        clock.pin(T0);
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tickets.add(ticket());
        }
        clock.pin(T0.plus(Duration.ofMinutes(61)));

        CompletableFuture<Void> first = CompletableFuture.runAsync(this::check);
        CompletableFuture<Void> second = CompletableFuture.runAsync(this::check);
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);

        for (String ticket : tickets) {
            List<Integer> thresholds = Api.as(agent)
                    .queryParam("ticketId", ticket)
                    .get("/api/v1/sla-events")
                    .jsonPath()
                    .getList("items.threshold", Integer.class);
            assertThat(thresholds).containsExactly(50, 90, 100);
        }
    }

    @Test
    void shouldDrainEverythingDueInOneScheduledRunWithItsWorkersSideBySide() {
        policy();
        clock.pin(T0);
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            tickets.add(ticket());
        }
        clock.pin(T0.plus(Duration.ofMinutes(61)));

        // Two workers, four clocks a batch in tests: thirteen due clocks take each several batches.
        Jobs.await(job::checkDue);

        for (String ticket : tickets) {
            List<Integer> thresholds = Api.as(agent)
                    .queryParam("ticketId", ticket)
                    .get("/api/v1/sla-events")
                    .jsonPath()
                    .getList("items.threshold", Integer.class);
            assertThat(thresholds).containsExactly(50, 90, 100);
        }
    }

    @Test
    void shouldSkipACrossingAlreadyOnRecordAndWriteNoSecondTimelineEntry() {
        policy();
        clock.pin(T0);
        String ticket = ticket();
        pool.preparedQuery("INSERT INTO sla_event (id, clock_id, ticket_id, kind, target, threshold, started_at,"
                        + " due_at, occurred_at, recorded_at) SELECT gen_random_uuid(), id, ticket_id, 'WARNING',"
                        + " target, 50, started_at, due_at, started_at + interval '30 minutes', started_at"
                        + " + interval '30 minutes' FROM sla_clock WHERE ticket_id = $1 AND target = 'FIRST_RESPONSE'")
                .execute(Tuple.of(UUID.fromString(ticket)))
                .await()
                .atMost(Duration.ofSeconds(5));
        clock.pin(T0.plus(Duration.ofMinutes(55)));

        check();

        Api.as(agent)
                .queryParam("ticketId", ticket)
                .get("/api/v1/sla-events")
                .then()
                .body("items.threshold", contains(50, 90));
        Api.as(agent)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.findAll { it.kind.startsWith('SLA_') }.body", contains(containsString("at 90 %")));
    }

    private void check() {
        Jobs.await(() -> checker.check(1000));
    }

    private void policy() {
        policy("");
    }

    /** A policy for this test's requesters, with {@code more} JSON members. */
    private void policy(String more) {
        String calendar = TestSlaPolicies.alwaysOpenCalendar();
        Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "Checked %s", "calendarId": "%s", "conditions": {"requesterDepartments": ["%s"]},
                         "warningThresholds": [50, 90], "targets": {"MEDIUM": {"firstResponseMinutes": 60,
                         "resolutionMinutes": 480}}%s}""".formatted(UUID.randomUUID(), calendar, department, more))
                .post("/api/v1/sla-policies")
                .then()
                .statusCode(201);
    }

    private String ticket() {
        return Api.as(requester)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "Checked"}""")
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void move(String ticket, String json) {
        TestTickets.move(agent, ticket, json).then().statusCode(200);
    }
}
