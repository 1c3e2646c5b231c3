package dev.servicedesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.sla.SlaChecker;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.Jobs;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestSlaPolicies;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SlaEscalationTest {
    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    SlaChecker checker;

    @Inject
    SlaEscalations slaEscalations;

    private final String department = "Dept " + UUID.randomUUID();
    private final TestUser requester = TestUser.with(Role.REQUESTER).withDepartment(department);
    private final TestUser frontLine = TestUser.with(Role.AGENT);
    private final TestUser specialist = TestUser.with(Role.AGENT);
    private final TestUser teamLead = TestUser.with(Role.SUPERVISOR);
    private final TestUser admin = TestUser.with(Role.ADMIN);

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void shouldCarryOutEachLevelOnceAsTheClocksReachIt() {
        String firstLine = supervisedQueue();
        String network = TestQueues.queue(2, specialist.signIn());
        policy("""
                [{"target": "FIRST_RESPONSE", "atPercent": 100, "recipients": ["QUEUE_SUPERVISOR"],
                 "raisePriority": true}, {"target": "RESOLUTION", "atPercent": 50, "moveToQueueId": "%s",
                 "recipients": ["ASSIGNEE"]}]""".formatted(network));
        clock.pin(T0);
        String ticket = ticketIn(firstLine);

        clock.pin(T0.plus(Duration.ofMinutes(61)));
        check();
        check();
        carryOut();
        carryOut();

        String first = Api.as(frontLine)
                .get("/api/v1/tickets/" + ticket + "/escalations")
                .then()
                .body("items.size()", equalTo(1))
                .body("items[0].kind", equalTo("HIERARCHICAL"))
                .body("items[0].trigger", equalTo("SLA_BREACH"))
                .body("items[0].toPersonId", equalTo(teamLead.signIn()))
                .body("items[0].escalatedById", nullValue())
                .body("items[0].escalatedAt", equalTo("2026-06-01T09:01:00Z"))
                .body("items[0].sla.target", equalTo("FIRST_RESPONSE"))
                .body("items[0].sla.percent", equalTo(100))
                .extract()
                .path("items[0].id");
        Api.as(frontLine)
                .get("/api/v1/tickets/" + ticket)
                .then()
                .body("status", equalTo("ESCALATED"))
                .body("priority", equalTo("HIGH"));
        Api.as(frontLine)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body(
                        "items.findAll { it.kind == 'SLA_ESCALATION' }.body",
                        contains(containsString(
                                "notify queue supervisor; priority HIGH; escalated to the queue's" + " supervisor")));
        Api.as(requester)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.findAll { it.kind == 'ESCALATED' }.body", contains(containsString("team lead")));

        String etag = Api.as(teamLead).get("/api/v1/escalations/" + first).header("ETag");
        Api.as(teamLead)
                .contentType("application/json")
                .header("If-Match", etag)
                .body("{}")
                .post("/api/v1/escalations/" + first + "/acknowledge")
                .then()
                .statusCode(200);
        clock.pin(T0.plus(Duration.ofMinutes(241)));
        check();
        carryOut();
        check();
        carryOut();

        Api.as(frontLine)
                .get("/api/v1/tickets/" + ticket + "/escalations")
                .then()
                .body("items.kind", contains("HIERARCHICAL", "FUNCTIONAL"))
                .body("items[1].trigger", equalTo("SLA_WARNING"))
                .body("items[1].level", equalTo(2))
                .body("items[1].toQueueId", equalTo(network))
                .body("items[1].sla.target", equalTo("RESOLUTION"))
                .body("items[1].sla.percent", equalTo(50));
        Api.as(frontLine)
                .get("/api/v1/tickets/" + ticket)
                .then()
                .body("status", equalTo("ESCALATED"))
                .body("queueId", equalTo(network));
        Api.as(frontLine)
                .queryParam("ticketId", ticket)
                .queryParam("kind", "ESCALATION")
                .get("/api/v1/sla-events")
                .then()
                .body("items.target", contains("FIRST_RESPONSE", "RESOLUTION"));
    }

    @Test
    void shouldEscalateEachTicketOnceWhenTwoCheckersAndTwoCarriersRunAtOnce() throws Exception {
        String firstLine = supervisedQueue();
        policy("""
                [{"target": "FIRST_RESPONSE", "atPercent": 100, "recipients": ["QUEUE_SUPERVISOR"]}]""");
        clock.pin(T0);
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tickets.add(ticketIn(firstLine));
        }
        clock.pin(T0.plus(Duration.ofMinutes(61)));

        CompletableFuture<Void> one = CompletableFuture.runAsync(this::check);
        CompletableFuture<Void> other = CompletableFuture.runAsync(this::check);
        one.get(60, TimeUnit.SECONDS);
        other.get(60, TimeUnit.SECONDS);
        CompletableFuture<Void> carrier = CompletableFuture.runAsync(this::carryOut);
        CompletableFuture<Void> another = CompletableFuture.runAsync(this::carryOut);
        carrier.get(60, TimeUnit.SECONDS);
        another.get(60, TimeUnit.SECONDS);

        for (String ticket : tickets) {
            List<String> kinds = Api.as(frontLine)
                    .get("/api/v1/tickets/" + ticket + "/escalations")
                    .jsonPath()
                    .getList("items.kind", String.class);
            assertThat(kinds).containsExactly("HIERARCHICAL");
        }
    }

    private void check() {
        Jobs.await(() -> checker.check(1000));
    }

    /** Carries out every level reached so far, as the scheduled job does. */
    private void carryOut() {
        while (Jobs.await(slaEscalations::carryOutNext)) {
            // next one
        }
    }

    private String supervisedQueue() {
        return Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "Front %s", "tier": 1, "supervisorId": "%s",
                         "memberIds": ["%s"]}""".formatted(UUID.randomUUID(), teamLead.signIn(), frontLine.signIn()))
                .post("/api/v1/queues")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void policy(String levels) {
        String calendar = TestSlaPolicies.alwaysOpenCalendar();
        String target = """
                {"firstResponseMinutes": 60, "resolutionMinutes": 480}""";
        Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "Escalating %s", "calendarId": "%s", "conditions": {"requesterDepartments": ["%s"]},
                         "warningThresholds": [75], "escalationLevels": %s, "targets": {"MEDIUM": %s,
                         "HIGH": %s}}""".formatted(UUID.randomUUID(), calendar, department, levels, target, target))
                .post("/api/v1/sla-policies")
                .then()
                .statusCode(201);
    }

    private String ticketIn(String queue) {
        String ticket = Api.as(requester)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "VPN drops"}""")
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        TestQueues.assign(admin, ticket, """
                {"queueId": "%s"}""".formatted(queue)).then().statusCode(200);
        return ticket;
    }
}
