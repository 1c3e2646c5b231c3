package dev.servicedesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import dev.servicedesk.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Idempotent creates against the real database: replay, conflict, expiry and racing retries. */
@QuarkusTest
class IdempotentCreatesTest {
    private static final String OPERATION = "POST /test/things";

    @Inject
    IdempotentCreates idempotentCreates;

    @Inject
    TestClock clock;

    @Inject
    Pool pool;

    private final String caller = "caller-" + UUID.randomUUID();
    private final AtomicInteger creates = new AtomicInteger();

    record Thing(String label) {}

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void shouldReplayTheFirstAnswerForTheSameKeyAndBody() throws Exception {
        String key = UUID.randomUUID().toString();

        Response first = create(key, caller, new Thing("printer"), this::newThing);
        Response again = create(key, caller, new Thing("printer"), this::newThing);

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(again.getStatus()).isEqualTo(201);
        assertThat(again.getEntity()).isEqualTo(first.getEntity());
        assertThat(again.getLocation()).isEqualTo(first.getLocation());
        assertThat(again.getHeaderString("ETag")).isEqualTo(first.getHeaderString("ETag"));
        assertThat(again.getHeaderString(IdempotentCreates.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(first.getHeaderString(IdempotentCreates.REPLAYED_HEADER)).isNull();
        assertThat(creates).hasValue(1);
    }

    @Test
    void shouldRejectTheSameKeyWithAnotherBody() throws Exception {
        String key = UUID.randomUUID().toString();
        create(key, caller, new Thing("printer"), this::newThing);

        assertThatThrownBy(() -> create(key, caller, new Thing("scanner"), this::newThing))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.IDEMPOTENCY_KEY_REUSED));
        assertThat(creates).hasValue(1);
    }

    @Test
    void shouldKeepKeysApartPerCaller() throws Exception {
        String key = UUID.randomUUID().toString();

        Response mine = create(key, caller, new Thing("printer"), this::newThing);
        Response theirs = create(key, "someone-else-" + UUID.randomUUID(), new Thing("printer"), this::newThing);

        assertThat(theirs.getLocation()).isNotEqualTo(mine.getLocation());
        assertThat(creates).hasValue(2);
    }

    @Test
    void shouldCreateEveryTimeWithoutAKey() throws Exception {
        Response first = create(null, caller, new Thing("printer"), this::newThing);
        Response second = create(null, caller, new Thing("printer"), this::newThing);

        assertThat(second.getLocation()).isNotEqualTo(first.getLocation());
        assertThat(creates).hasValue(2);
    }

    @Test
    void shouldRejectAMalformedKey() {
        for (String key : new String[] {"", "has spaces", "k".repeat(256), "naïve"}) {
            assertThatThrownBy(() -> create(key, caller, new Thing("x"), this::newThing))
                    .isInstanceOfSatisfying(
                            ProblemException.class,
                            e -> assertThat(e.errors())
                                    .extracting(FieldError::field)
                                    .containsExactly(IdempotentCreates.HEADER));
        }
        assertThat(creates).hasValue(0);
    }

    @Test
    void shouldNotBurnTheKeyWhenTheCreateFails() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThatThrownBy(() -> create(
                        key,
                        caller,
                        new Thing("bad"),
                        () -> Uni.createFrom().failure(ProblemException.invalid("label", "is bad"))))
                .isInstanceOf(ProblemException.class);

        Response retried = create(key, caller, new Thing("good"), this::newThing);

        assertThat(retried.getStatus()).isEqualTo(201);
    }

    @Test
    void shouldForgetKeysAfterTheRetentionPeriod() throws Throwable {
        String key = UUID.randomUUID().toString();
        clock.pin(Instant.now().minus(Duration.ofHours(25)));
        Response old = create(key, caller, new Thing("printer"), this::newThing);
        clock.release();

        VertxContextSupport.subscribeAndAwait(idempotentCreates::purgeExpired);
        Response fresh = create(key, caller, new Thing("scanner"), this::newThing);

        assertThat(fresh.getLocation()).isNotEqualTo(old.getLocation());
    }

    @Test
    void shouldTakeOverAnExpiredKeyNotYetPurged() throws Exception {
        String key = UUID.randomUUID().toString();
        clock.pin(Instant.now().minus(Duration.ofHours(25)));
        create(key, caller, new Thing("printer"), this::newThing);
        clock.release();

        Response fresh = create(key, caller, new Thing("scanner"), this::newThing);

        assertThat(fresh.getHeaderString(IdempotentCreates.REPLAYED_HEADER)).isNull();
        assertThat(creates).hasValue(2);
    }

    @Test
    void shouldCreateOnceWhenRetriesRace() throws Exception {
        String key = UUID.randomUUID().toString();
        CompletableFuture<Void> started = new CompletableFuture<>();
        CompletableFuture<Void> gate = new CompletableFuture<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Response> first = threads.submit(() -> create(key, caller, new Thing("printer"), () -> {
                started.complete(null);
                return resumeOnThisContextWhen(gate).chain(this::newThing);
            }));
            started.get(10, TimeUnit.SECONDS);
            Future<Response> retry = threads.submit(() -> create(key, caller, new Thing("printer"), this::newThing));
            awaitABackendWaitingOnALock();
            gate.complete(null);

            assertThat(retry.get(10, TimeUnit.SECONDS).getEntity())
                    .isEqualTo(first.get(10, TimeUnit.SECONDS).getEntity());
            assertThat(creates).hasValue(1);
        } finally {
            gate.complete(null);
            threads.shutdownNow();
        }
    }

    private Uni<Created> newThing() {
        creates.incrementAndGet();
        UUID id = Ids.newId();
        return Uni.createFrom()
                .item(new Created(URI.create("/things/" + id), EntityTag.of(0), new Thing(id.toString())));
    }

    private Response create(String key, String caller, Thing request, Supplier<Uni<Created>> action) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(
                    () -> idempotentCreates.create(key, caller, OPERATION, request, action));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static Uni<Void> resumeOnThisContextWhen(CompletableFuture<Void> gate) {
        Context context = Vertx.currentContext();
        return Uni.createFrom()
                .emitter(emitter ->
                        gate.whenComplete((ignored, failure) -> context.runOnContext(x -> emitter.complete(null))));
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
}
