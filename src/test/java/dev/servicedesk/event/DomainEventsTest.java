package dev.servicedesk.event;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static dev.servicedesk.support.TestQueues.assign;
import static dev.servicedesk.support.TestTickets.move;
import static dev.servicedesk.support.TestTickets.printerJam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestEvents;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DomainEventsTest {
    private static final String RAW_EVENT = """
            INSERT INTO domain_event (id, type, subject_type, subject_id, occurred_at, data)
            VALUES ($1, 'configuration_item.changed', 'configuration_item', $2, now(),
                    jsonb_build_object('configurationItemId', $3::text, 'action', 'UPDATED',
                                       'changes', jsonb_build_array(), 'changeId', null))""";

    @Inject
    Pool pool;

    private final TestUser integration = TestUser.with(Role.INTEGRATION);
    private final TestUser requester = TestUser.with(Role.REQUESTER);

    @Test
    void shouldTellATicketsStoryAsEventsInItsOwnStream() {
        TestUser agent = TestQueues.frontLineAgent();
        String me = agent.signIn();
        String queue = TestQueues.queue(1, me);
        String ticket = printerJam(requester);
        assign(agent, ticket, """
                {"queueId": "%s", "assigneeId": "%s", "reason": "Printers are ours"}""".formatted(queue, me)).then().statusCode(200);
        comment(agent, ticket, "PUBLIC", "Which floor?");
        comment(agent, ticket, "INTERNAL", "Tray 2 again, I bet");
        move(agent, ticket, """
                {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Cleared the jam"}""").then().statusCode(200);

        JsonPath events = eventsAbout(ticket);

        assertThat(events.getList("items.type", String.class))
                .containsExactly(
                        "ticket.created",
                        "ticket.assigned",
                        "ticket.commented",
                        "ticket.note_added",
                        "ticket.transitioned");
        assertThat(events.getList("items.subject.sequence", Integer.class)).containsExactly(1, 2, 3, 4, 5);
        assertThat(events.getList("items.subject.type", String.class)).containsOnly("ticket");
        assertThat(events.getList("items.data.ticket.id", String.class)).containsOnly(ticket);
        assertThat(events.getString("items[0].data.ticket.status")).isEqualTo("NEW");
        assertThat(events.getString("items[0].actorId")).isNotNull();
        assertThat(events.getString("items[1].data.reason")).isEqualTo("Printers are ours");
        assertThat(events.getList("items[1].data.changes.field", String.class)).contains("queueId", "assigneeId");
        assertThat(events.getString("items[2].data.comment.body")).isEqualTo("Which floor?");
        assertThat(events.getString("items[3].data.comment.body")).isEqualTo("Tray 2 again, I bet");
        assertThat(events.getString("items[3].actorId")).isEqualTo(me);
        assertThat(events.getString("items[4].data.to")).isEqualTo("RESOLVED");
        assertThat(events.getString("items[4].data.ticket.status")).isEqualTo("RESOLVED");
        assertThat(events.getString("items[4].data.reason")).isEqualTo("Cleared the jam");
    }

    @Test
    void shouldWriteNoEventForAChangeThatDidNotHappen() {
        TestUser agent = TestQueues.frontLineAgent();
        String ticket = printerJam(requester);
        int before = eventsAbout(ticket).getList("items").size();

        move(agent, ticket, """
                {"to": "CLOSED"}""").then().statusCode(409);
        problem(
                Api.as(requester)
                        .contentType("application/json")
                        .body("""
                                {"body": "A note for myself", "visibility": "INTERNAL"}""")
                        .post("/api/v1/tickets/" + ticket + "/comments"),
                403,
                "forbidden");

        assertThat(eventsAbout(ticket).getList("items")).hasSize(before);
    }

    @Test
    void shouldPlaceEventsInTheOrderTheirTransactionsCommitted() {
        UUID item = UUID.randomUUID();
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        SqlConnection slow = pool.getConnectionAndAwait();
        try {
            Transaction slowWork = slow.beginAndAwait();
            slow.preparedQuery(RAW_EVENT).executeAndAwait(Tuple.of(early, item, item.toString()));
            pool.preparedQuery(RAW_EVENT).executeAndAwait(Tuple.of(late, item, item.toString()));

            place();
            assertThat(placement(early)).isEmpty();
            assertThat(placement(late)).containsEntry("sequence", 1L);

            slowWork.commitAndAwait();
            place();
            assertThat(placement(early)).containsEntry("sequence", 2L);
            assertThat((Long) placement(early).get("position"))
                    .isGreaterThan((Long) placement(late).get("position"));
        } finally {
            slow.closeAndAwait();
        }
        Api.as(integration)
                .queryParam("subjectId", item.toString())
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(late.toString(), early.toString())))
                .body("items.subject.sequence", equalTo(List.of(1, 2)));
    }

    @Test
    void shouldListWhatCommittedSinceACursorNeverTwiceAndAlwaysWithACursorToGoOnFrom() {
        String ticket = printerJam(requester);
        place();
        String cursor = Api.as(integration)
                .queryParam("subjectId", ticket)
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("items.type", equalTo(List.of("ticket.created")))
                .body("hasMore", equalTo(false))
                .extract()
                .path("nextCursor");
        String same = Api.as(integration)
                .queryParam("subjectId", ticket)
                .queryParam("cursor", cursor)
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()))
                .body("nextCursor", notNullValue())
                .extract()
                .path("nextCursor");

        comment(requester, ticket, "PUBLIC", "Still jammed");
        comment(requester, ticket, "PUBLIC", "And now it beeps");
        place();

        Api.as(integration)
                .queryParam("subjectId", ticket)
                .queryParam("cursor", same)
                .queryParam("limit", 1)
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("items.data.comment.body", equalTo(List.of("Still jammed")))
                .body("hasMore", equalTo(true));
        Api.as(integration)
                .queryParam("subjectId", ticket)
                .queryParam("type", "ticket.commented")
                .queryParam("type", "ticket.created")
                .queryParam("subjectType", "ticket")
                .get("/api/v1/events")
                .then()
                .body("items.subject.sequence", equalTo(List.of(1, 2, 3)));
    }

    @Test
    void shouldAnswerABadFilterOrCursorWithA400AndOthersThanIntegrationsAndAdminsWithA403() {
        problem(
                        Api.hostile(integration)
                                .queryParam("type", "ticket.exploded")
                                .queryParam("subjectType", "printer")
                                .queryParam("subjectId", "nope")
                                .queryParam("cursor", "!!!")
                                .get("/api/v1/events"),
                        400,
                        "validation")
                .body("errors.field", containsInAnyOrder("type", "subjectType", "subjectId", "cursor"));
        problem(Api.as(TestUser.with(Role.AGENT)).get("/api/v1/events"), 403, "forbidden");
        problem(Api.as(TestUser.with(Role.SUPERVISOR)).get("/api/v1/events"), 403, "forbidden");
        problem(Api.as(requester).get("/api/v1/events"), 403, "forbidden");
        Api.as(TestUser.with(Role.ADMIN))
                .queryParam("limit", 1)
                .get("/api/v1/events")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldGiveAReaderFollowingTheFeedEveryEventOnceInCommitOrderWhileManyWrite() throws Exception {
        List<String> tickets =
                IntStream.range(0, 6).mapToObj(i -> printerJam(requester)).toList();
        String cursor = tail("ticket.commented");
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> writing = IntStream.range(0, 4)
                .mapToObj(writer -> writers.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        comment(
                                requester,
                                tickets.get((writer + i) % tickets.size()),
                                "PUBLIC",
                                "Reply " + writer + "/" + i);
                    }
                }))
                .collect(Collectors.toList());
        List<Map<String, Object>> received = new ArrayList<>();
        Instant giveUp = Instant.now().plusSeconds(60);
        while (received.size() < 40 && Instant.now().isBefore(giveUp)) {
            JsonPath page = Api.as(integration)
                    .queryParam("type", "ticket.commented")
                    .queryParam("cursor", cursor)
                    .get("/api/v1/events")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream()
                    .filter(item -> tickets.contains(subjectOf(item).get("id")))
                    .forEach(received::add);
            cursor = page.getString("nextCursor");
        }
        for (Future<?> done : writing) {
            done.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();

        Set<String> written = new HashSet<>();
        pool.preparedQuery("SELECT id FROM domain_event WHERE type = 'ticket.commented' AND subject_id = ANY($1)")
                .executeAndAwait(Tuple.of(tickets.stream().map(UUID::fromString).toArray(UUID[]::new)))
                .forEach(row -> written.add(row.getUUID("id").toString()));
        List<Object> ids = received.stream().map(item -> item.get("id")).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(40);
        assertThat(Set.copyOf(ids)).isEqualTo(written);
        Map<Object, List<Integer>> sequences = received.stream()
                .collect(Collectors.groupingBy(
                        item -> subjectOf(item).get("id"),
                        Collectors.mapping(item -> (Integer) subjectOf(item).get("sequence"), Collectors.toList())));
        assertThat(sequences.values())
                .allSatisfy(each -> assertThat(each).isSorted().doesNotHaveDuplicates());
    }

    /** Where the feed of {@code type} ends now: every page read through. */
    private String tail(String type) {
        String cursor = null;
        boolean more = true;
        while (more) {
            var request = Api.as(integration).queryParam("type", type).queryParam("limit", 200);
            JsonPath page = (cursor == null ? request : request.queryParam("cursor", cursor))
                    .get("/api/v1/events")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            cursor = page.getString("nextCursor");
            more = page.getBoolean("hasMore");
        }
        return cursor;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> subjectOf(Map<String, Object> event) {
        return (Map<String, Object>) event.get("subject");
    }

    private static JsonPath eventsAbout(String subjectId) {
        return TestEvents.about(subjectId);
    }

    private static void place() {
        TestEvents.place();
    }

    /** Where the event was placed; empty while it is not, or not yet committed (so not seen). */
    private Map<String, Object> placement(UUID event) {
        var rows = pool.preparedQuery("SELECT commit_position, subject_sequence FROM domain_event WHERE id = $1")
                .executeAndAwait(Tuple.of(event))
                .iterator();
        if (!rows.hasNext()) {
            return Map.of();
        }
        var row = rows.next();
        return row.getLong("commit_position") == null
                ? Map.of()
                : Map.of("position", row.getLong("commit_position"), "sequence", row.getLong("subject_sequence"));
    }

    private static void comment(TestUser user, String ticket, String visibility, String body) {
        Api.as(user)
                .contentType("application/json")
                .body("""
                        {"body": "%s", "visibility": "%s"}""".formatted(body, visibility))
                .post("/api/v1/tickets/" + ticket + "/comments")
                .then()
                .statusCode(201);
    }
}
