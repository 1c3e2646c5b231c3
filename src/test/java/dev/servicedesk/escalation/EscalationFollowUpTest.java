package dev.servicedesk.escalation;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.Jobs;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestEvents;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EscalationFollowUpTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    EscalationFollowUps followUps;

    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private final TestUser frontLine = TestUser.with(Role.AGENT);
    private final TestUser specialist = TestUser.with(Role.AGENT);
    private final TestUser teamLead = TestUser.with(Role.SUPERVISOR);
    private final TestUser admin = TestUser.with(Role.ADMIN);

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void shouldTakeAnUnacknowledgedEscalationToTheQueueSupervisorOnceAndNoFurther() throws Exception {
        String firstLine = TestQueues.queue(1, frontLine.signIn());
        String network = Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "Network %s", "tier": 2, "supervisorId": "%s",
                         "memberIds": ["%s"]}""".formatted(UUID.randomUUID(), teamLead.signIn(), specialist.signIn()))
                .post("/api/v1/queues")
                .path("id");
        clock.pin(T0);
        String ticket = TestTickets.printerJam(requester);
        TestQueues.assign(frontLine, ticket, """
                {"queueId": "%s"}""".formatted(firstLine)).then().statusCode(200);
        String etag = Api.as(frontLine).get("/api/v1/tickets/" + ticket).header("ETag");
        String first = Api.as(frontLine)
                .contentType("application/json")
                .header("If-Match", etag)
                .body("""
                        {"kind": "FUNCTIONAL", "toQueueId": "%s", "reason": "Switch port dead"}""".formatted(network))
                .post("/api/v1/tickets/" + ticket + "/escalations")
                .path("id");

        clock.pin(T0.plus(Duration.ofMinutes(59)));
        followUp();
        escalationsOf(ticket).body("items.status", contains("OPEN"));

        clock.pin(T0.plus(Duration.ofMinutes(61)));
        CompletableFuture<Void> one = CompletableFuture.runAsync(this::followUp);
        CompletableFuture<Void> other = CompletableFuture.runAsync(this::followUp);
        one.get(60, TimeUnit.SECONDS);
        other.get(60, TimeUnit.SECONDS);

        String second = escalationsOf(ticket)
                .body("items.status", contains("CLOSED", "OPEN"))
                .body("items[0].closingNote", containsString("Not acknowledged within 60 minutes"))
                .body("items[0].closedById", nullValue())
                .body("items[1].kind", equalTo("HIERARCHICAL"))
                .body("items[1].trigger", equalTo("ACKNOWLEDGEMENT_OVERDUE"))
                .body("items[1].followsId", equalTo(first))
                .body("items[1].toQueueId", equalTo(network))
                .body("items[1].toPersonId", equalTo(teamLead.signIn()))
                .body("items[1].level", equalTo(2))
                .extract()
                .path("items[1].id");

        clock.pin(T0.plus(Duration.ofMinutes(200)));
        followUp();
        followUp();
        escalationsOf(ticket).body("items.status", contains("CLOSED", "OPEN"));
        Api.as(specialist)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body(
                        "items.findAll { it.kind == 'ESCALATED' && it.visibility == 'INTERNAL' }.body",
                        contains(
                                equalTo("Switch port dead"),
                                containsString("escalated to the queue's supervisor"),
                                containsString("nobody above")));
        JsonPath events = TestEvents.about(ticket);
        assertThat(events.getList("items.findAll { it.type == 'escalation.opened' }.data.escalationId", String.class))
                .containsExactly(first, second);
        assertThat(events.getList("items.findAll { it.type == 'escalation.opened' }.actorId", String.class))
                .containsExactly(frontLine.signIn(), null);
        Api.as(specialist)
                .queryParam("toPersonId", teamLead.signIn())
                .get("/api/v1/escalations")
                .then()
                .statusCode(200)
                .body("items.escalation.id", contains(second))
                .body("items[0].minutesSinceEscalated", equalTo(139))
                .body("items[0].ticket.status", equalTo("ESCALATED"))
                .body("items[0].ticket.slaDueAt", nullValue())
                .body("items[0].ticket.slaBreached", equalTo(false));
        Api.as(specialist)
                .queryParam("toQueueId", network)
                .queryParam("status", "CLOSED")
                .get("/api/v1/escalations")
                .then()
                .body("items.escalation.id", contains(first));
        problem(Api.hostile(specialist).queryParam("status", "LATE").get("/api/v1/escalations"), 400, "validation")
                .body("errors.field", contains("status"));
        problem(Api.hostile(requester).get("/api/v1/escalations"), 403, "forbidden");

        // The queue it first went to may still take it, besides the supervisor.
        String secondTag = Api.as(teamLead).get("/api/v1/escalations/" + second).header("ETag");
        Api.as(specialist)
                .contentType("application/json")
                .header("If-Match", secondTag)
                .body("{}")
                .post("/api/v1/escalations/" + second + "/acknowledge")
                .then()
                .statusCode(200);
        Api.as(specialist)
                .get("/api/v1/tickets/" + ticket)
                .then()
                .body("status", equalTo("IN_PROGRESS"))
                .body("assigneeId", equalTo(specialist.signIn()));
    }

    private ValidatableResponse escalationsOf(String ticket) {
        return Api.as(specialist)
                .get("/api/v1/tickets/" + ticket + "/escalations")
                .then()
                .statusCode(200);
    }

    private void followUp() {
        Jobs.await(() -> followUps.followUp(100));
    }
}
