package dev.servicedesk.webhook;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static dev.servicedesk.support.TestTickets.printerJam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.Jobs;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestEvents;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestUser;
import dev.servicedesk.support.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookDeliveryTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    TestClock clock;

    @Inject
    Pool pool;

    private final TestUser integration = TestUser.with(Role.INTEGRATION);
    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private final WebhookReceiver receiver = new WebhookReceiver();
    private final List<String> made = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        clock.release();
        made.forEach(id -> Api.as(integration).delete("/api/v1/webhooks/" + id));
        receiver.close();
    }

    @Test
    void shouldSendEachSubscribedEventSignedSoTheStandardLibraryVerifiesIt() {
        JsonPath webhook = create("ticket.created", "ticket.commented");
        String secret = webhook.getString("secret");
        assertThat(secret).startsWith("whsec_");

        String ticket = printerJam(requester);
        WebhookReceiver.Received request = receiver.await(PATIENCE);

        JsonPath event = JsonPath.from(request.body());
        assertThat(event.getString("type")).isEqualTo("ticket.created");
        assertThat(event.getString("data.ticket.id")).isEqualTo(ticket);
        assertThat(request.header("webhook-id")).isEqualTo(event.getString("id"));
        assertThat(request.header("content-type")).isEqualTo("application/json");
        assertThat(request.verifiesWith(secret)).isTrue();
        assertThat(request.verifiesWith("whsec_" + "A".repeat(43) + "=")).isFalse();
        String id = webhook.getString("id");
        JsonPath log = awaitDelivery(id, "DELIVERED");
        assertThat(log.getString("items[0].eventId")).isEqualTo(event.getString("id"));
        assertThat(log.getInt("items[0].attemptCount")).isEqualTo(1);
        assertThat(log.getInt("items[0].lastStatusCode")).isEqualTo(200);
        assertThat(log.getString("items[0].nextAttemptAt")).isNull();
        Api.as(integration)
                .get("/api/v1/webhooks/" + id + "/deliveries/" + log.getString("items[0].id"))
                .then()
                .statusCode(200)
                .body("attempts.statusCode", contains(200));

        TestUser agent = TestQueues.frontLineAgent();
        TestQueues.assign(agent, ticket, """
                {"queueId": "%s"}""".formatted(TestQueues.queue(1, agent.signIn())))
                .then()
                .statusCode(200);
        Api.as(requester)
                .contentType("application/json")
                .body("""
                        {"body": "It jams again", "visibility": "PUBLIC"}""")
                .post("/api/v1/tickets/" + ticket + "/comments")
                .then()
                .statusCode(201);
        TestEvents.place();
        assertThat(JsonPath.from(receiver.await(PATIENCE).body()).getString("type"))
                .isEqualTo("ticket.commented");
        assertThat(deliveryLog(id).getList("items.eventType", String.class))
                .containsExactly("ticket.commented", "ticket.created"); // not ticket.assigned, not asked for
    }

    @Test
    void shouldRetryAFailedOrUnansweredDeliveryLaterAndLaterUntilItGetsThrough() {
        String id = create("ticket.created").getString("id");
        receiver.answer(503).answerAfter(Duration.ofSeconds(3));
        printerJam(requester);
        String firstId = receiver.await(PATIENCE).header("webhook-id");
        JsonPath first = awaitAttempts(id, 1);
        assertThat(first.getString("items[0].status")).isEqualTo("PENDING");
        assertThat(first.getInt("items[0].lastStatusCode")).isEqualTo(503);
        Duration wait = Duration.between(
                Instant.parse(first.getString("items[0].lastAttemptAt")),
                Instant.parse(first.getString("items[0].nextAttemptAt")));
        assertThat(wait).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));

        clock.pin(Instant.parse(first.getString("items[0].nextAttemptAt")).plusSeconds(1));
        deliverDue();
        JsonPath second = deliveryLog(id);
        assertThat(second.getInt("items[0].attemptCount")).isEqualTo(2);
        assertThat(second.getString("items[0].lastError")).isEqualTo("no answer within 1000 ms");
        assertThat(second.getString("items[0].lastStatusCode")).isNull();
        wait = Duration.between(
                Instant.parse(second.getString("items[0].lastAttemptAt")),
                Instant.parse(second.getString("items[0].nextAttemptAt")));
        assertThat(wait).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(60));

        deliverDue(); // not due yet
        assertThat(deliveryLog(id).getInt("items[0].attemptCount")).isEqualTo(2);
        clock.pin(Instant.parse(second.getString("items[0].nextAttemptAt")).plusSeconds(1));
        deliverDue();

        JsonPath third = deliveryLog(id);
        assertThat(third.getString("items[0].status")).isEqualTo("DELIVERED");
        assertThat(third.getInt("items[0].attemptCount")).isEqualTo(3);
        assertThat(receiver.received())
                .extracting(each -> each.header("webhook-id"))
                .containsOnly(firstId);
        Api.as(integration)
                .get("/api/v1/webhooks/" + id + "/deliveries/" + third.getString("items[0].id"))
                .then()
                .body("attempts.number", contains(1, 2, 3))
                .body("attempts.statusCode", contains(503, null, 200));
    }

    @Test
    void shouldNeverFollowARedirect() {
        try (WebhookReceiver elsewhere = new WebhookReceiver()) {
            String id = create("ticket.created").getString("id");
            receiver.redirect(elsewhere.url("/stolen"));
            printerJam(requester);
            receiver.await(PATIENCE);
            JsonPath log = awaitAttempts(id, 1);
            assertThat(log.getInt("items[0].lastStatusCode")).isEqualTo(302);
            assertThat(log.getString("items[0].status")).isEqualTo("PENDING");
            assertThat(elsewhere.received()).isEmpty();
        }
    }

    @Test
    void shouldGiveUpAfterThreeDaysAndDisableAnEndpointThatFailsForFiveWithAnEvent() {
        Instant t0 = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        clock.pin(t0);
        String id = create("ticket.created").getString("id");
        for (int i = 0; i < 60; i++) {
            receiver.answer(500);
        }
        TestUser stranger = TestUser.with(Role.INTEGRATION);
        WebhookReceiver listener = new WebhookReceiver();
        String ownersListener = create(integration, listener.url("/owner"), "webhook.disabled");
        String strangersListener = create(stranger, listener.url("/stranger"), "webhook.disabled");
        printerJam(requester);
        TestEvents.place();
        JsonPath log = deliverUntilSettled(id);
        assertThat(log.getString("items[0].status")).isEqualTo("FAILED");
        assertThat(log.getString("items[0].nextAttemptAt")).isNull();
        Instant last = Instant.parse(log.getString("items[0].lastAttemptAt"));
        assertThat(last).isBetween(t0.plus(Duration.ofDays(2)), t0.plus(Duration.ofDays(3)));
        assertThat(log.getInt("items[0].attemptCount")).isBetween(15, 40);
        JsonPath webhook = Api.as(integration)
                .get("/api/v1/webhooks/" + id)
                .then()
                .extract()
                .jsonPath();
        assertThat(webhook.getBoolean("enabled")).isTrue();
        assertThat(Instant.parse(webhook.getString("failingSince"))).isEqualTo(t0);

        clock.pin(t0.plus(Duration.ofDays(5)).plusSeconds(60));
        printerJam(requester);
        TestEvents.place();
        deliverDue();
        awaitAttempts(id, 1); // sent by this call, or by the run the new event woke

        Api.as(integration)
                .get("/api/v1/webhooks/" + id)
                .then()
                .body("enabled", equalTo(false))
                .body("disabledReason", containsString("5 days"));
        TestEvents.place();
        assertThat(deliveryLog(ownersListener).getList("items.eventType", String.class))
                .containsExactly("webhook.disabled");
        assertThat(deliveryLog(strangersListener, stranger).getList("items")).isEmpty();
        Api.as(stranger)
                .queryParam("subjectId", id)
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("items", empty());
        Api.as(stranger).delete("/api/v1/webhooks/" + strangersListener).then().statusCode(204);
        listener.close();
        JsonPath told = TestEvents.about(id);
        assertThat(told.getList("items.type", String.class)).containsExactly("webhook.disabled");
        assertThat(told.getString("items[0].data.url")).isEqualTo(receiver.url("/hook"));
        problem(
                Api.as(integration)
                        .post("/api/v1/webhooks/" + id + "/deliveries/" + log.getString("items[0].id")
                                + "/redeliveries"),
                409,
                "conflict");
    }

    @Test
    void shouldSendADeliveryAgainOnceTheReplicaHoldingItStoppedBeforeRecordingIt() {
        String id = create("ticket.created").getString("id");
        receiver.answer(503);
        printerJam(requester);
        receiver.await(PATIENCE);
        JsonPath first = awaitAttempts(id, 1);
        Instant due = Instant.parse(first.getString("items[0].nextAttemptAt"));
        // A replica took it at its due time and died: its hold (time-out three times, and 30 s) runs out later.
        Instant heldUntil = due.plusSeconds(33);
        pool.preparedQuery("UPDATE webhook_delivery SET leased_until = $2 WHERE id = $1")
                .executeAndAwait(
                        Tuple.of(UUID.fromString(first.getString("items[0].id")), heldUntil.atOffset(ZoneOffset.UTC)));

        clock.pin(due.plusSeconds(5));
        deliverDue();
        assertThat(deliveryLog(id).getInt("items[0].attemptCount")).isEqualTo(1);
        clock.pin(heldUntil.plusSeconds(1));
        deliverDue();

        JsonPath log = deliveryLog(id);
        assertThat(log.getString("items[0].status")).isEqualTo("DELIVERED");
        assertThat(log.getInt("items[0].attemptCount")).isEqualTo(2);
        assertThat(receiver.received()).hasSize(2);
    }

    @Test
    void shouldSendEachDueDeliveryOnceWhenTwoReplicasLookAtOnce() throws Exception {
        String id = create("ticket.created").getString("id");
        receiver.answer(503, 503, 503, 503, 503, 503);
        for (int i = 0; i < 6; i++) {
            printerJam(requester);
        }
        for (int i = 0; i < 6; i++) {
            receiver.await(PATIENCE);
        }
        JsonPath failed = deliveryLog(id);
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (failed.getList("items.attemptCount", Integer.class).stream()
                                .filter(made -> made == 1)
                                .count()
                        < 6
                && Instant.now().isBefore(giveUp)) {
            failed = deliveryLog(id);
        }
        Instant latest = failed.getList("items.nextAttemptAt", String.class).stream()
                .filter(Objects::nonNull)
                .map(Instant::parse)
                .max(Instant::compareTo)
                .orElseThrow();
        clock.pin(latest.plusSeconds(1));

        CompletableFuture<Void> one = CompletableFuture.runAsync(this::deliverDue);
        CompletableFuture<Void> other = CompletableFuture.runAsync(this::deliverDue);
        one.get(60, TimeUnit.SECONDS);
        other.get(60, TimeUnit.SECONDS);

        List<String> resent = receiver.received().subList(6, receiver.received().size()).stream()
                .map(each -> each.header("webhook-id"))
                .toList();
        assertThat(resent).hasSize(6).doesNotHaveDuplicates();
        assertThat(deliveryLog(id).getList("items.status", String.class)).containsOnly("DELIVERED");
    }

    private JsonPath create(String... types) {
        return made(integration, receiver.url("/hook"), types);
    }

    private String create(TestUser owner, String url, String... types) {
        return made(owner, url, types).getString("id");
    }

    /** A new webhook of {@code owner}'s (removed after the test when it is the integration's). */
    private JsonPath made(TestUser owner, String url, String... types) {
        JsonPath webhook = Api.as(owner)
                .contentType("application/json")
                .body("""
                        {"url": "%s", "eventTypes": ["%s"], "description": "test receiver"}""".formatted(url, String.join("\", \"", types)))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        made.add(webhook.getString("id"));
        return webhook;
    }

    private void deliverDue() {
        Jobs.await(deliveries::deliverDue);
    }

    private JsonPath deliveryLog(String webhookId) {
        return deliveryLog(webhookId, integration);
    }

    private JsonPath deliveryLog(String webhookId, TestUser owner) {
        return Api.as(owner)
                .get("/api/v1/webhooks/" + webhookId + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The log once its newest delivery reached {@code status}, read again and again for a while. */
    private JsonPath awaitDelivery(String webhookId, String status) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            JsonPath log = deliveryLog(webhookId);
            if (status.equals(log.getString("items[0].status")) || Instant.now().isAfter(giveUp)) {
                return log;
            }
        }
    }

    private JsonPath awaitAttempts(String webhookId, int attempts) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            JsonPath log = deliveryLog(webhookId);
            Integer made = log.get("items[0].attemptCount");
            if ((made != null && made >= attempts) || Instant.now().isAfter(giveUp)) {
                return log;
            }
        }
    }

    /** Moves the clock to each next attempt and sends it, until the delivery is delivered or given up. */
    private JsonPath deliverUntilSettled(String webhookId) {
        for (int i = 0; i < 60; i++) {
            deliverDue();
            JsonPath log = deliveryLog(webhookId);
            String next = log.getString("items[0].nextAttemptAt");
            if (next == null) {
                return log;
            }
            clock.pin(Instant.parse(next));
        }
        throw new AssertionError("still retrying after 60 attempts");
    }
}
