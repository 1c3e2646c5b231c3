package dev.servicedesk.sync;

import static dev.servicedesk.support.TestQueues.assign;
import static dev.servicedesk.support.TestTickets.printerJam;
import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.TestEvents;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestSync;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.HashMap;
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
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Clients syncing while the desk and a requester write at once end with the database's state, exactly. */
@QuarkusTest
class SyncWhileManyWriteTest {
    @Inject
    Pool pool;

    private final TestUser requester = TestUser.with(Role.REQUESTER);

    @Test
    void shouldLeaveEveryCopyEqualToTheDatabaseWhenTheWritersStop() throws Exception {
        TestUser agent = TestQueues.frontLineAgent();
        String agentId = agent.signIn();
        String requesterId = requester.signIn();
        String queue = TestQueues.queue(1, agentId);
        List<String> tickets =
                IntStream.range(0, 6).mapToObj(i -> printerJam(requester)).toList();
        tickets.forEach(ticket ->
                assign(agent, ticket, """
                {"queueId": "%s", "assigneeId": "%s", "reason": "Printers are ours"}""".formatted(queue, agentId)).then().statusCode(200));
        Copy requesterCopy = new Copy(requester, TestSync.end(requester));
        Copy deskCopy = new Copy(agent, TestSync.end(agent));

        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> writing = IntStream.range(0, 4)
                .mapToObj(writer -> writers.submit(() -> {
                    for (int i = 0; i < 8; i++) {
                        if (writer == 0) {
                            String ticket = i % 2 == 0 ? printerJam(requester) : tickets.get(i % tickets.size());
                            SyncTest.comment(requester, ticket, "PUBLIC", "More " + i);
                        } else {
                            SyncTest.comment(
                                    agent,
                                    tickets.get((writer + i) % tickets.size()),
                                    i % 2 == 0 ? "PUBLIC" : "INTERNAL",
                                    "Reply " + writer + "/" + i);
                        }
                    }
                }))
                .collect(Collectors.toList());
        while (writing.stream().anyMatch(done -> !done.isDone())) {
            requesterCopy.readOn();
            deskCopy.readOn();
        }
        for (Future<?> done : writing) {
            done.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();
        TestEvents.place();
        requesterCopy.readOn();
        deskCopy.readOn();

        Map<String, Row> inDatabase = ticketsOf(requesterId);
        assertThat(requesterCopy.ids("ticket")).isEqualTo(inDatabase.keySet());
        assertThat(deskCopy.ids("ticket", requesterId)).isEqualTo(inDatabase.keySet());
        inDatabase.forEach((id, row) -> {
            for (Copy copy : List.of(requesterCopy, deskCopy)) {
                Map<String, Object> ticket = copy.resource("ticket", id);
                assertThat(ticket.get("status")).isEqualTo(row.getString("status"));
                assertThat(ticket.get("updatedAt").toString()).isEqualTo(row.getString("updated"));
            }
            assertThat(requesterCopy.item("ticket", id).get("etag"))
                    .isEqualTo("\"" + row.getLong("version") + "-requester\"");
            assertThat(deskCopy.item("ticket", id).get("etag")).isEqualTo("\"" + row.getLong("version") + "\"");
        });
        assertThat(requesterCopy.ids("comment")).isEqualTo(commentsOn(requesterId, false));
        assertThat(deskCopy.commentsOn(inDatabase.keySet()))
                .isEqualTo(commentsOn(requesterId, true))
                .hasSizeGreaterThan(requesterCopy.ids("comment").size());
    }

    private Map<String, Row> ticketsOf(String requesterId) {
        return StreamSupport.stream(
                        pool.preparedQuery("SELECT id, status, version,"
                                        + " to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
                                        + " AS updated FROM ticket WHERE requester_id = $1")
                                .executeAndAwait(Tuple.of(UUID.fromString(requesterId)))
                                .spliterator(),
                        false)
                .collect(Collectors.toMap(row -> row.getUUID("id").toString(), row -> row));
    }

    private Set<String> commentsOn(String requesterId, boolean withNotes) {
        return StreamSupport.stream(
                        pool.preparedQuery("SELECT e.id FROM timeline_entry e JOIN ticket t ON t.id = e.ticket_id"
                                        + " WHERE t.requester_id = $1 AND e.kind = 'COMMENT'"
                                        + " AND (e.visibility = 'PUBLIC' OR $2)")
                                .executeAndAwait(Tuple.of(UUID.fromString(requesterId), withNotes))
                                .spliterator(),
                        false)
                .map(row -> row.getUUID("id").toString())
                .collect(Collectors.toSet());
    }

    /** A client's copy: what the feed told it, kept by type and id (a tombstone removes). */
    private static final class Copy {
        private final TestUser user;
        private final Map<String, Map<String, Object>> items = new HashMap<>();
        private String cursor;

        Copy(TestUser user, String cursor) {
            this.user = user;
            this.cursor = cursor;
        }

        /** Every page after the cursor, a few changes a page. */
        void readOn() {
            boolean more = true;
            while (more) {
                JsonPath page = TestSync.page(user, cursor, 7);
                List<Map<String, Object>> read = page.getList("items");
                for (Map<String, Object> change : read) {
                    String key = change.get("resourceType") + "/" + change.get("id");
                    if ("DELETE".equals(change.get("change"))) {
                        items.remove(key);
                    } else {
                        items.put(key, change);
                    }
                }
                cursor = page.getString("nextCursor");
                more = page.getBoolean("hasMore");
            }
        }

        Map<String, Object> item(String type, String id) {
            return items.get(type + "/" + id);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> resource(String type, String id) {
            return (Map<String, Object>) item(type, id).get(type);
        }

        Set<String> ids(String type) {
            return items.values().stream()
                    .filter(change -> type.equals(change.get("resourceType")))
                    .map(change -> (String) change.get("id"))
                    .collect(Collectors.toSet());
        }

        /** The tickets of {@code requesterId} in this copy. */
        Set<String> ids(String type, String requesterId) {
            return ids(type).stream()
                    .filter(id -> requesterId.equals(resource(type, id).get("requesterId")))
                    .collect(Collectors.toSet());
        }

        /** The comments in this copy on {@code tickets}. */
        Set<String> commentsOn(Set<String> tickets) {
            return ids("comment").stream()
                    .filter(id -> tickets.contains((String) item("comment", id).get("ticketId")))
                    .collect(Collectors.toSet());
        }
    }
}
