package dev.servicedesk.announcement;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.Jobs;
import dev.servicedesk.support.TestAnnouncements;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestEvents;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scheduler publishes, moves planned work and archives at the set instants, once however many replicas run it. */
@QuarkusTest
class AnnouncementScheduleTest {
    @Inject
    TestClock clock;

    @Inject
    AnnouncementSchedule schedule;

    @Inject
    Pool pool;

    private final TestUser author = TestUser.with(Role.AGENT);
    private final TestUser admin = TestUser.with(Role.ADMIN);

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void shouldPublishStartAndCompletePlannedWorkExactlyOnceWithTwoSchedulersAtOnce() throws Exception {
        Instant t0 = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES);
        clock.pin(t0);
        Instant publishAt = t0.plus(Duration.ofHours(1));
        Instant start = t0.plus(Duration.ofHours(2));
        Instant end = t0.plus(Duration.ofHours(4));
        String id = TestAnnouncements.draft(author, """
                {"type": "MAINTENANCE", "impact": "MINOR", "language": "en",
                 "text": {"title": "Patch night", "body": "Servers are patched."},
                 "startsAt": "%s", "estimatedEndAt": "%s", "publishAt": "%s",
                 "audience": {"kind": "EVERYONE"}}""".formatted(start, end, publishAt));
        TestAnnouncements.move(author, id, """
                {"to": "PENDING_APPROVAL"}""").then().statusCode(200);
        TestAnnouncements.move(admin, id, """
                {"to": "APPROVED"}""").then().statusCode(200);
        TestAnnouncements.move(author, id, """
                {"to": "SCHEDULED"}""").then().statusCode(200).body("publishAt", equalTo(publishAt.toString()));

        clock.pin(publishAt.minusSeconds(1));
        runTwiceAtOnce();
        read(id).body("status", equalTo("SCHEDULED"));
        clock.pin(publishAt.plusSeconds(30));
        runTwiceAtOnce();
        read(id).body("status", equalTo("PUBLISHED")).body("phase", equalTo("SCHEDULED"));
        clock.pin(start.plusSeconds(30));
        runTwiceAtOnce();
        read(id).body("phase", equalTo("IN_PROGRESS")).body("lastUpdateAt", equalTo(start.toString()));
        clock.pin(end.plusSeconds(30));
        runTwiceAtOnce();
        read(id).body("phase", equalTo("COMPLETED")).body("actualEndAt", equalTo(end.toString()));
        runTwiceAtOnce();
        Api.as(author)
                .get("/api/v1/announcements/" + id + "/updates")
                .then()
                .body("items.phase", contains("COMPLETED", "IN_PROGRESS", "SCHEDULED"))
                .body(
                        "items.postedAt",
                        contains(
                                end.toString(),
                                start.toString(),
                                publishAt.plusSeconds(30).toString()))
                .body("items.automatic", contains(true, true, true));

        clock.pin(end.plus(Duration.ofDays(1)).plusSeconds(1));
        runTwiceAtOnce();
        read(id).body("status", equalTo("ARCHIVED"));
        assertThat(TestAnnouncements.activeIds(author)).doesNotContain(id);
        JsonPath events = TestEvents.about(id);
        assertThat(events.getList("items.type", String.class))
                .containsExactly(
                        "announcement.published",
                        "announcement.updated",
                        "announcement.updated",
                        "announcement.resolved");
        assertThat(events.getList("items.actorId")).containsOnlyNulls();
        assertThat(events.getList("items.occurredAt", String.class))
                .containsExactly(
                        publishAt.plusSeconds(30).toString(), start.toString(), end.toString(), end.toString());
    }

    @Test
    void shouldCompleteWorkPublishedLateInOrderAndArchiveWhatExpired() {
        Instant t0 = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.MINUTES);
        clock.pin(t0);
        String late = TestAnnouncements.published(
                author, """
                {"type": "UPGRADE", "impact": "NONE", "language": "en",
                 "text": {"title": "Upgrade", "body": "Already under way."},
                 "startsAt": "%s", "estimatedEndAt": "%s",
                 "audience": {"kind": "EVERYONE"}}""".formatted(t0.minus(Duration.ofHours(2)), t0.minus(Duration.ofHours(1))));
        String expiring = TestAnnouncements.published(author, """
                {"type": "NEW_FEATURE", "impact": "NONE", "language": "en",
                 "text": {"title": "Dark mode", "body": "The portal has a dark mode."},
                 "expiresAt": "%s", "audience": {"kind": "EVERYONE"}}""".formatted(t0.plus(Duration.ofHours(1))));
        Jobs.await(() -> schedule.run(100));
        read(late)
                .body("phase", equalTo("COMPLETED"))
                .body("actualEndAt", equalTo(t0.minus(Duration.ofHours(1)).toString()));
        Api.as(author)
                .get("/api/v1/announcements/" + late + "/updates")
                .then()
                .body("items.phase", contains("COMPLETED", "IN_PROGRESS", "SCHEDULED"))
                .body("items.postedAt", contains(t0.toString(), t0.toString(), t0.toString()));
        read(expiring).body("status", equalTo("PUBLISHED"));
        clock.pin(t0.plus(Duration.ofHours(1)));
        Jobs.await(() -> schedule.run(100));
        read(expiring).body("status", equalTo("ARCHIVED"));
        problem(
                Api.as(author)
                        .contentType("application/json")
                        .body("{\"texts\": [{\"language\": \"en\", \"text\": \"Too late.\"}]}")
                        .post("/api/v1/announcements/" + expiring + "/updates"),
                409,
                "conflict");
    }

    @Test
    void shouldGoOnWithTheOthersWhenOneAnnouncementCannotBeAdvanced() {
        Instant t0 = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES);
        clock.pin(t0);
        String broken = scheduled(t0.plus(Duration.ofMinutes(5)));
        String healthy = scheduled(t0.plus(Duration.ofMinutes(5)));
        // one log entry, numbered where publishing numbers the next: publishing that announcement fails
        pool.preparedQuery(
                        "INSERT INTO announcement_update (id, announcement_id, sequence, posted_at, texts, search_text)"
                                + " VALUES (gen_random_uuid(), $1, 2, now(), '{\"items\": []}', '')")
                .execute(Tuple.of(UUID.fromString(broken)))
                .await()
                .atMost(Duration.ofSeconds(5));
        clock.pin(t0.plus(Duration.ofMinutes(6)));
        assertThat(Jobs.await(() -> schedule.run(100))).isGreaterThanOrEqualTo(1);
        read(healthy).body("status", equalTo("PUBLISHED"));
        read(broken).body("status", equalTo("SCHEDULED"));
    }

    private String scheduled(Instant publishAt) {
        String id = TestAnnouncements.draft(author, """
                {"type": "GENERAL", "impact": "NONE", "language": "en",
                 "text": {"title": "Scheduled", "body": "Soon."},
                 "publishAt": "%s", "audience": {"kind": "EVERYONE"}}""".formatted(publishAt));
        TestAnnouncements.move(author, id, """
                {"to": "PENDING_APPROVAL"}""").then().statusCode(200);
        TestAnnouncements.move(admin, id, """
                {"to": "APPROVED"}""").then().statusCode(200);
        TestAnnouncements.move(author, id, """
                {"to": "SCHEDULED"}""").then().statusCode(200);
        return id;
    }

    private void runTwiceAtOnce() throws Exception {
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> Jobs.await(() -> schedule.run(100)));
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> Jobs.await(() -> schedule.run(100)));
        CompletableFuture.allOf(one, other).get(30, TimeUnit.SECONDS);
    }

    private ValidatableResponse read(String id) {
        return Api.as(author).get("/api/v1/announcements/" + id).then().statusCode(200);
    }
}
