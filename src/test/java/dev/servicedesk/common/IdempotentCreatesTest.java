package dev.servicedesk.common;

import static dev.servicedesk.common.ProblemDetailsTest.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotentCreatesTest {
    @Inject
    Pool pool;

    @Inject
    TestClock clock;

    @Inject
    IdempotentCreates idempotentCreates;

    private final String caller = "caller-" + UUID.randomUUID();

    @AfterEach
    void openGateAndReleaseClock() {
        ProbeResource.gate = CompletableFuture.completedFuture(null);
        ProbeResource.started = new CompletableFuture<>();
        clock.release();
    }

    @Test
    void shouldReplayTheFirstAnswerForTheSameKeyAndBody() {
        String key = UUID.randomUUID().toString();
        int before = ProbeResource.creates.get();

        Response first = create(key, "{\"label\":\"printer\"}");
        Response again = create(key, "{ \"label\" : \"printer\" }");

        assertEquals(201, first.statusCode());
        assertEquals(201, again.statusCode());
        assertEquals(first.body().asString(), again.body().asString());
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals("true", again.header(IdempotentCreates.REPLAYED_HEADER));
        assertEquals(before + 1, ProbeResource.creates.get());
    }

    @Test
    void shouldRejectTheSameKeyWithAnotherBody() {
        String key = UUID.randomUUID().toString();
        create(key, "{\"label\":\"printer\"}");

        problem(post(key, caller, "{\"label\":\"scanner\"}"), 422, "idempotency-key-reused");
    }

    @Test
    void shouldKeepKeysApartPerCaller() {
        String key = UUID.randomUUID().toString();
        Response mine = create(key, "{\"label\":\"printer\"}");
        Response theirs = post(key, "someone-else-" + UUID.randomUUID(), "{\"label\":\"printer\"}");

        assertEquals(201, theirs.statusCode());
        assertNotEquals(mine.header("Location"), theirs.header("Location"));
    }

    @Test
    void shouldCreateAgainWithoutAKey() {
        Response first = post(null, caller, "{\"label\":\"printer\"}");
        Response second = post(null, caller, "{\"label\":\"printer\"}");

        assertEquals(201, first.statusCode());
        assertNotEquals(first.header("Location"), second.header("Location"));
    }

    @Test
    void shouldRejectAMalformedKey() {
        problem(post("has spaces", caller, "{\"label\":\"x\"}"), 400, "validation");
        problem(post("k".repeat(256), caller, "{\"label\":\"x\"}"), 400, "validation");
    }

    @Test
    void shouldNotBurnTheKeyWhenTheCreateFails() {
        String key = UUID.randomUUID().toString();
        problem(post(key, caller, "{\"label\":\"\"}"), 400, "validation");

        assertEquals(201, create(key, "{\"label\":\"fixed\"}").statusCode());
    }

    @Test
    void shouldForgetKeysAfterTheRetentionPeriod() throws Throwable {
        String key = UUID.randomUUID().toString();
        clock.pin(Instant.now().minus(Duration.ofHours(25)));
        Response old = create(key, "{\"label\":\"printer\"}");
        clock.release();

        VertxContextSupport.subscribeAndAwait(idempotentCreates::purgeExpired);
        Response fresh = create(key, "{\"label\":\"scanner\"}");

        assertEquals(201, fresh.statusCode());
        assertNotEquals(old.header("Location"), fresh.header("Location"));
    }

    @Test
    void shouldCreateOnceWhenRetriesRace() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = ProbeResource.creates.get();
        CompletableFuture<Void> gate = new CompletableFuture<>();
        ProbeResource.started = new CompletableFuture<>();
        ProbeResource.gate = gate;
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Response> first = threads.submit(() -> create(key, "{\"label\":\"printer\"}"));
            ProbeResource.started.get(10, TimeUnit.SECONDS);
            Future<Response> second = threads.submit(() -> create(key, "{\"label\":\"printer\"}"));
            awaitABackendWaitingOnALock();
            gate.complete(null);

            assertEquals(first.get().body().asString(), second.get().body().asString());
            assertEquals(before + 1, ProbeResource.creates.get());
        } finally {
            gate.complete(null);
            threads.shutdownNow();
        }
    }

    /** Bounded poll of PostgreSQL itself: the retry must queue behind the first claim's row lock. */
    private void awaitABackendWaitingOnALock() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            long waiting = pool.query("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                    .execute()
                    .await()
                    .atMost(Duration.ofSeconds(5))
                    .iterator()
                    .next()
                    .getLong(0);
            if (waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        fail("the retry never waited on the first request's idempotency claim");
    }

    private Response create(String key, String body) {
        Response response = post(key, caller, body);
        assertEquals(201, response.statusCode(), response.body().asString());
        return response;
    }

    private static Response post(String key, String caller, String body) {
        var request = Api.hostile()
                .contentType("application/json")
                .header("X-Caller", caller)
                .body(body);
        if (key != null) {
            request.header(IdempotentCreates.HEADER, key);
        }
        return request.post("/test-probe/things");
    }
}
