package dev.servicedesk.operations;

import static dev.servicedesk.support.Metrics.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.identity.Role;
import dev.servicedesk.sla.SlaChecker;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.Jobs;
import dev.servicedesk.support.Metrics;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestEvents;
import dev.servicedesk.support.TestMail;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestSlaPolicies;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import dev.servicedesk.support.WebhookReceiver;
import dev.servicedesk.ticket.BacklogMetrics;
import dev.servicedesk.webhook.WebhookDeliveries;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The business metrics on /q/metrics move by exactly what the API and the jobs did. */
@QuarkusTest
class BusinessMetricsTest {
    private static final String CREATED = "servicedesk_tickets_created_total";
    private static final String WARNINGS = "servicedesk_sla_warnings_total";
    private static final String BREACHES = "servicedesk_sla_breaches_total";
    private static final String ESCALATIONS = "servicedesk_escalations_total";
    private static final String BACKLOG = "servicedesk_backlog_open";
    private static final String WEBHOOK_FAILURES = "servicedesk_webhook_delivery_failures_total";
    private static final String DEAD_LETTERED = "servicedesk_webhook_deliveries_dead_lettered_total";
    private static final String EMAIL_FAILURES = "servicedesk_email_failures_total";
    private static final String RESOLVE = """
            {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Replaced the fuser unit"}""";

    @Inject
    TestClock clock;

    @Inject
    SlaChecker checker;

    @Inject
    BacklogMetrics backlog;

    @Inject
    WebhookDeliveries deliveries;

    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private final TestUser agent = TestUser.with(Role.AGENT);
    private final TestUser admin = TestUser.with(Role.ADMIN);
    private final TestUser integration = TestUser.with(Role.INTEGRATION);
    private final WebhookReceiver receiver = new WebhookReceiver();
    private String webhook;

    @AfterEach
    void cleanUp() {
        clock.release();
        if (webhook != null) {
            Api.as(integration).delete("/api/v1/webhooks/" + webhook);
        }
        receiver.close();
    }

    @Test
    void shouldExposeTheSeriesAlertsWatchBeforeAnythingHappened() {
        assertThat(Metrics.series(CREATED, "type", "QUESTION", "channel", "SOCIAL"))
                .isPresent();
        assertThat(Metrics.series(WARNINGS, "target", "UPDATE")).isPresent();
        assertThat(Metrics.series(BREACHES, "target", "RESOLUTION")).isPresent();
        assertThat(Metrics.series(ESCALATIONS, "reason", "ACKNOWLEDGEMENT_OVERDUE"))
                .isPresent();
        assertThat(Metrics.series(WEBHOOK_FAILURES, "reason", "no_answer")).isPresent();
        assertThat(Metrics.series(DEAD_LETTERED)).isPresent();
        assertThat(Metrics.series(EMAIL_FAILURES, "direction", "outbound")).isPresent();
        assertThat(Metrics.series(EMAIL_FAILURES, "direction", "inbound")).isPresent();
    }

    @Test
    void shouldCountEachTicketCreatedOnceByTypeAndChannelNotAReplayNorAFailure() {
        String[] walkInRequests = {"type", "SERVICE_REQUEST", "channel", "WALK_IN"};
        String[] portalIncidents = {"type", "INCIDENT", "channel", "PORTAL"};
        double walkIns = value(CREATED, walkInRequests);
        double portal = value(CREATED, portalIncidents);
        String key = UUID.randomUUID().toString();

        walkIn(null).then().statusCode(201);
        walkIn(key).then().statusCode(201);
        walkIn(key).then().statusCode(201).header("Idempotent-Replayed", "true");
        TestTickets.printerJam(requester);
        Api.hostile(agent)
                .contentType("application/json")
                .body("""
                        {"type": "SERVICE_REQUEST", "subject": "New badge", "channel": "WALK_IN",
                         "requesterId": "%s"}""".formatted(UUID.randomUUID()))
                .post("/api/v1/tickets")
                .then()
                .statusCode(400);

        assertThat(value(CREATED, walkInRequests) - walkIns).isEqualTo(2);
        assertThat(value(CREATED, portalIncidents) - portal).isEqualTo(1);
    }

    @Test
    void shouldCountATicketFromInboundEmailOnceAndAMessageThatCannotBeTakenAsAnInboundFailure() {
        String[] emailIncidents = {"type", "INCIDENT", "channel", "EMAIL"};
        double fromMail = value(CREATED, emailIncidents);
        double inboundFailures = value(EMAIL_FAILURES, "direction", "inbound");
        byte[] message = TestMail.message(
                "new-plain.eml",
                Map.of(
                        "from",
                        "newcomer-" + UUID.randomUUID() + "@example.org",
                        "deskPlain",
                        "help@servicedesk.test",
                        "desk",
                        "help@servicedesk.test"));

        TestMail.deliver(message).then().statusCode(201);
        TestMail.deliver(message).then().statusCode(201).header("Idempotent-Replayed", "true");
        TestMail.deliverHostile("not an e-mail".getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(400);

        assertThat(value(CREATED, emailIncidents) - fromMail).isEqualTo(1);
        assertThat(value(EMAIL_FAILURES, "direction", "inbound") - inboundFailures)
                .isEqualTo(1);
    }

    @Test
    void shouldCountTheWarningsAndTheBreachTheCheckerRecordedByTarget() {
        String department = "Dept " + UUID.randomUUID();
        TestUser customer = TestUser.with(Role.REQUESTER).withDepartment(department);
        TestSlaPolicies.firstResponseWithinTheHour(department);
        Instant t0 = Instant.now().plus(Duration.ofDays(60)).truncatedTo(ChronoUnit.MINUTES);
        Instant checked = t0.plus(Duration.ofMinutes(61));
        // first whatever other tests left running that is due by then, so that only this ticket's crossings remain
        clock.pin(checked);
        drainSlaChecker();
        clock.pin(t0);
        Api.as(customer)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "Counted"}""")
                .post("/api/v1/tickets")
                .then()
                .statusCode(201);
        clock.pin(checked);
        double warnings = value(WARNINGS, "target", "FIRST_RESPONSE");
        double breaches = value(BREACHES, "target", "FIRST_RESPONSE");
        double resolutionBreaches = value(BREACHES, "target", "RESOLUTION");

        drainSlaChecker();
        drainSlaChecker();

        assertThat(value(WARNINGS, "target", "FIRST_RESPONSE") - warnings).isEqualTo(2);
        assertThat(value(BREACHES, "target", "FIRST_RESPONSE") - breaches).isEqualTo(1);
        assertThat(value(BREACHES, "target", "RESOLUTION") - resolutionBreaches).isZero();
    }

    @Test
    void shouldCountAnEscalationOnceNotItsReplay() {
        TestUser frontLine = TestUser.with(Role.AGENT);
        String firstLine = TestQueues.queue(1, frontLine.signIn());
        String network = TestQueues.queue(2, TestUser.with(Role.AGENT).signIn());
        String ticket = TestTickets.printerJam(requester);
        TestQueues.assign(admin, ticket, """
                        {"queueId": "%s", "assigneeId": "%s"}""".formatted(firstLine, frontLine.signIn()))
                .then()
                .statusCode(200);
        double manual = value(ESCALATIONS, "reason", "MANUAL");
        String key = UUID.randomUUID().toString();
        String etag = Api.as(frontLine).get("/api/v1/tickets/" + ticket).header("ETag");

        for (int i = 0; i < 2; i++) {
            Api.as(frontLine)
                    .contentType("application/json")
                    .header("If-Match", etag)
                    .header("Idempotency-Key", key)
                    .body("""
                            {"kind": "FUNCTIONAL", "toQueueId": "%s", "reason": "Needs the switch configuration"}""".formatted(network))
                    .post("/api/v1/tickets/" + ticket + "/escalations")
                    .then()
                    .statusCode(201);
        }

        assertThat(value(ESCALATIONS, "reason", "MANUAL") - manual).isEqualTo(1);
    }

    @Test
    void shouldReportAFreshQueuesOpenTicketsAfterTheJobRanAndNoneOnceTheyAreResolved() {
        TestQueues.Member member = TestQueues.memberOfNewQueue(1);
        String name = Api.as(admin).get("/api/v1/queues/" + member.queueId()).path("name");
        String first = ticketIn(member);
        String second = ticketIn(member);

        Jobs.await(backlog::refresh);
        assertThat(Metrics.series(BACKLOG, "queue", name)).hasValue(2);

        resolve(member.agent(), first);
        Jobs.await(backlog::refresh);
        assertThat(Metrics.series(BACKLOG, "queue", name)).hasValue(1);

        resolve(member.agent(), second);
        Jobs.await(backlog::refresh);
        assertThat(Metrics.series(BACKLOG, "queue", name)).isEmpty();
        assertThat(Metrics.series(BACKLOG, "queue", "none")).isPresent();
    }

    @Test
    void shouldCountADeliveryAttemptTheReceiverAnsweredWith500() {
        TestEvents.place(); // earlier events, so that the webhook gets only this test's
        double failures = value(WEBHOOK_FAILURES, "reason", "status");
        webhook = webhookToReceiver();
        receiver.answer(500);

        TestTickets.printerJam(requester);
        TestEvents.place();
        receiver.await(Duration.ofSeconds(20));

        // counted once the attempt is recorded, just after the receiver answered
        assertThat(Metrics.await(failures + 1, WEBHOOK_FAILURES, "reason", "status") - failures)
                .isEqualTo(1);
    }

    @Test
    void shouldCountADeliveryGivenUpForGood() {
        Instant t0 = Instant.now().plus(Duration.ofDays(90)).truncatedTo(ChronoUnit.SECONDS);
        clock.pin(t0);
        TestEvents.place();
        webhook = webhookToReceiver();
        for (int i = 0; i < 100; i++) {
            receiver.answer(500);
        }
        double failures = value(WEBHOOK_FAILURES, "reason", "status");
        double deadLettered = value(DEAD_LETTERED);
        TestTickets.printerJam(requester);
        TestEvents.place();

        JsonPath log = deliverUntilGivenUp();

        assertThat(log.getString("items[0].status")).isEqualTo("FAILED");
        // Other tests' deliveries still waiting may be given up too when the clock is moved days ahead.
        assertThat(value(DEAD_LETTERED) - deadLettered).isGreaterThanOrEqualTo(1);
        assertThat(value(WEBHOOK_FAILURES, "reason", "status") - failures)
                .isGreaterThanOrEqualTo(log.getInt("items[0].attemptCount"));
    }

    private Response walkIn(String idempotencyKey) {
        RequestSpecification request =
                Api.as(agent).contentType("application/json").body("""
                        {"type": "SERVICE_REQUEST", "subject": "New badge", "channel": "WALK_IN"}""");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/v1/tickets");
    }

    private void drainSlaChecker() {
        while (Jobs.await(() -> checker.check(1000)).clocks() == 1000) {
            // the next batch
        }
    }

    private String ticketIn(TestQueues.Member member) {
        String ticket = TestTickets.printerJam(requester);
        TestQueues.assign(admin, ticket, """
                        {"queueId": "%s", "assigneeId": "%s"}""".formatted(
                                member.queueId(), member.agent().signIn()))
                .then()
                .statusCode(200);
        return ticket;
    }

    private static void resolve(TestUser agent, String ticket) {
        TestTickets.move(agent, ticket, """
                        {"to": "IN_PROGRESS"}""").then().statusCode(200);
        TestTickets.move(agent, ticket, RESOLVE).then().statusCode(200);
    }

    private String webhookToReceiver() {
        return Api.as(integration)
                .contentType("application/json")
                .body("""
                        {"url": "%s", "eventTypes": ["ticket.created"], "description": "metrics"}""".formatted(receiver.url("/hook")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Moves the clock to each next attempt and sends it, until the delivery is given up. */
    private JsonPath deliverUntilGivenUp() {
        for (int i = 0; i < 60; i++) {
            Jobs.await(deliveries::deliverDue);
            JsonPath log = Api.as(integration)
                    .get("/api/v1/webhooks/" + webhook + "/deliveries")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            String next = log.getString("items[0].nextAttemptAt");
            if (next == null && log.getInt("items[0].attemptCount") > 0) {
                return log;
            }
            if (next != null) {
                clock.pin(Instant.parse(next));
            }
        }
        throw new AssertionError("still retrying after 60 attempts");
    }
}
