package dev.servicedesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every ticket endpoint × every kind of caller × owner or not, with the status each must get, on
 * a ticket in a queue. Reading is the desk's; changing is for those who work the ticket's queue,
 * admins and integrations; a requester's view of someone else's ticket is a 404, never a 403.
 */
@QuarkusTest
class TicketAccessMatrixTest {
    private static final String OWNER = "owner";
    private static final String OTHER_REQUESTER = "other requester";
    private static final String QUEUE_AGENT = "agent of its queue";
    private static final String QUEUE_SUPERVISOR = "supervisor of its queue";
    private static final String OTHER_AGENT = "agent of another queue";
    private static final String OTHER_SUPERVISOR = "supervisor of no queue";
    private static final String NO_ROLE = "no role";
    private static final String ANONYMOUS = "anonymous";
    private static final List<String> CALLERS = List.of(
            OWNER,
            OTHER_REQUESTER,
            QUEUE_AGENT,
            QUEUE_SUPERVISOR,
            OTHER_AGENT,
            OTHER_SUPERVISOR,
            "ADMIN",
            "INTEGRATION",
            NO_ROLE,
            ANONYMOUS);
    private static final TestUser ADMIN = TestUser.with(Role.ADMIN);

    /** A ticket of {@code owner} in a queue that {@code agent} works and {@code supervisor} supervises. */
    private record Scene(TestUser owner, TestUser agent, TestUser supervisor, String queueId, String ticketId) {}

    /**
     * The status each caller gets, one row per endpoint, one column per caller in the order of
     * {@link #CALLERS}: the owner, another requester, an agent and the supervisor of the ticket's
     * queue, an agent of another queue, a supervisor of none, an admin, an integration, a caller
     * with no role, and one with no token.
     */
    private static final String MATRIX = """
            endpoint                            | own | other | q-agent | q-sup | agent | sup | admin | integ | none | anon
            GET ticket                          | 200 | 404   | 200     | 200   | 200   | 200 | 200   | 200   | 403  | 401
            GET tickets                         | 200 | 200   | 200     | 200   | 200   | 200 | 200   | 200   | 403  | 401
            GET tickets of its queue            | 200 | 200   | 200     | 200   | 403   | 403 | 200   | 200   | 403  | 401
            POST ticket                         | 201 | 201   | 201     | 201   | 201   | 201 | 201   | 201   | 403  | 401
            PATCH description                   | 200 | 404   | 200     | 200   | 403   | 403 | 200   | 200   | 403  | 401
            PATCH subject                       | 403 | 404   | 200     | 200   | 403   | 403 | 200   | 200   | 403  | 401
            transition to OPEN                  | 403 | 404   | 200     | 200   | 403   | 403 | 200   | 200   | 403  | 401
            transition to CANCELLED             | 200 | 404   | 200     | 200   | 403   | 403 | 200   | 200   | 403  | 401
            public comment                      | 201 | 404   | 201     | 201   | 403   | 403 | 201   | 201   | 403  | 401
            internal note                       | 403 | 404   | 201     | 201   | 403   | 403 | 201   | 201   | 403  | 401
            timeline                            | 200 | 404   | 200     | 200   | 200   | 200 | 200   | 200   | 403  | 401
            assign to another queue             | 403 | 404   | 200     | 200   | 403   | 403 | 200   | 200   | 403  | 401
            hand back (from no lower tier)      | 403 | 404   | 409     | 409   | 403   | 403 | 409   | 409   | 403  | 401
            link                                | 403 | 404   | 201     | 201   | 403   | 403 | 201   | 201   | 403  | 401
            links                               | 200 | 404   | 200     | 200   | 200   | 200 | 200   | 200   | 403  | 401
            GET link (to someone else's ticket) | 404 | 404   | 200     | 200   | 200   | 200 | 200   | 200   | 403  | 401
            unlink                              | 403 | 404   | 204     | 204   | 403   | 403 | 204   | 204   | 403  | 401
            """;

    /** Each endpoint called on a ticket in a queue: (request with the caller's credentials, ticket id) → response. */
    private static final Map<String, BiFunction<RequestSpecification, String, Response>> ENDPOINTS = Map.ofEntries(
            Map.entry("GET ticket", (request, id) -> request.get(ticket(id))),
            Map.entry("GET tickets", (request, id) -> request.get("/api/v1/tickets")),
            Map.entry(
                    "GET tickets of its queue",
                    (request, id) -> request.queryParam("queueId", queueOf(id)).get("/api/v1/tickets")),
            Map.entry(
                    "POST ticket",
                    (request, id) ->
                            request.contentType("application/json").body("""
                            {"type": "QUESTION", "subject": "How do I map the shared drive?"}""").post("/api/v1/tickets")),
            Map.entry("PATCH description", (request, id) -> patch(request, id, """
                    {"description": "It also jams on the second tray."}""")),
            Map.entry("PATCH subject", (request, id) -> patch(request, id, """
                    {"subject": "Printer on floor 3 jams"}""")),
            Map.entry("transition to OPEN", (request, id) -> transition(request, id, """
                    {"to": "OPEN"}""")),
            Map.entry("transition to CANCELLED", (request, id) -> transition(request, id, """
                    {"to": "CANCELLED", "cancelReason": "It works again."}""")),
            Map.entry("public comment", (request, id) -> comment(request, id, """
                    {"body": "Is it still jamming?", "visibility": "PUBLIC"}""")),
            Map.entry("internal note", (request, id) -> comment(request, id, """
                    {"body": "Fuser unit is worn.", "visibility": "INTERNAL"}""")),
            Map.entry("timeline", (request, id) -> request.get(ticket(id) + "/timeline")),
            Map.entry(
                    "assign to another queue",
                    (request, id) -> request.contentType("application/json")
                            .header("If-Match", "*")
                            .body("""
                            {"queueId": "%s"}""".formatted(TestQueues.queue(1)))
                            .post(ticket(id) + "/assignment")),
            Map.entry(
                    "hand back (from no lower tier)",
                    (request, id) -> request.contentType("application/json")
                            .header("If-Match", "*")
                            .body("{}")
                            .post(ticket(id) + "/hand-back")),
            Map.entry(
                    "link",
                    (request, id) -> request.contentType("application/json")
                            .body("""
                            {"type": "RELATES_TO", "ticket": "%s"}""".formatted(anotherTicket()))
                            .post(ticket(id) + "/links")),
            Map.entry("links", (request, id) -> request.get(ticket(id) + "/links")),
            Map.entry(
                    "GET link (to someone else's ticket)",
                    (request, id) -> request.get(ticket(id) + "/links/" + linkedTo(id))),
            Map.entry("unlink", (request, id) -> request.delete(ticket(id) + "/links/" + linkedTo(id))));

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachCallerAsTheRulesSay() {
        List<String> rows = MATRIX.lines().skip(1).toList();
        assertThat(rows).hasSameSizeAs(ENDPOINTS.keySet());
        List<DynamicTest> tests = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.split("\\|");
            String name = cells[0].strip();
            BiFunction<RequestSpecification, String, Response> call = ENDPOINTS.get(name);
            assertThat(call).as("an endpoint named %s", name).isNotNull();
            assertThat(cells).hasSize(CALLERS.size() + 1);
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                int expected = Integer.parseInt(cells[i + 1].strip());
                tests.add(DynamicTest.dynamicTest(name + " by " + caller + " → " + expected, () -> {
                    Scene scene = scene();
                    Response response = call.apply(credentials(caller, scene), scene.ticketId());
                    assertThat(response.statusCode())
                            .as(response.body().asString())
                            .isEqualTo(expected);
                }));
            }
        }
        return tests.stream();
    }

    private static Scene scene() {
        TestUser owner = TestUser.with(Role.REQUESTER);
        TestUser agent = TestUser.with(Role.AGENT);
        TestUser supervisor = TestUser.with(Role.SUPERVISOR);
        String queueId = Api.as(ADMIN)
                .contentType("application/json")
                .body("""
                        {"name": "Matrix %s", "tier": 1, "supervisorId": "%s",
                         "memberIds": ["%s"]}""".formatted(UUID.randomUUID(), supervisor.signIn(), agent.signIn()))
                .post("/api/v1/queues")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String ticketId = TestTickets.printerJam(owner);
        TestQueues.assign(ADMIN, ticketId, """
                {"queueId": "%s"}""".formatted(queueId)).then().statusCode(200);
        return new Scene(owner, agent, supervisor, queueId, ticketId);
    }

    private static RequestSpecification credentials(String caller, Scene scene) {
        TestUser user = switch (caller) {
            case OWNER -> scene.owner();
            case OTHER_REQUESTER -> TestUser.with(Role.REQUESTER);
            case QUEUE_AGENT -> scene.agent();
            case QUEUE_SUPERVISOR -> scene.supervisor();
            case OTHER_AGENT -> TestQueues.memberOfNewQueue(1).agent();
            case OTHER_SUPERVISOR -> TestUser.with(Role.SUPERVISOR);
            case NO_ROLE -> TestUser.with();
            case ANONYMOUS -> null;
            default -> TestUser.with(Role.valueOf(caller));
        };
        return user == null ? Api.hostile() : Api.hostile(user);
    }

    private static Response patch(RequestSpecification request, String id, String json) {
        return request.contentType("application/merge-patch+json")
                .header("If-Match", "*")
                .body(json)
                .patch(ticket(id));
    }

    private static Response comment(RequestSpecification request, String id, String json) {
        return request.contentType("application/json").body(json).post(ticket(id) + "/comments");
    }

    private static Response transition(RequestSpecification request, String id, String json) {
        return request.contentType("application/json")
                .header("If-Match", "*")
                .body(json)
                .post(ticket(id) + "/transitions");
    }

    private static String queueOf(String id) {
        return Api.as(ADMIN).get(ticket(id)).path("queueId");
    }

    private static String anotherTicket() {
        return TestTickets.printerJam(TestUser.with(Role.REQUESTER));
    }

    /** Links the ticket to another requester's ticket, as an admin; answers the link's id. */
    private static String linkedTo(String id) {
        return Api.as(ADMIN)
                .contentType("application/json")
                .body("""
                        {"type": "RELATES_TO", "ticket": "%s"}""".formatted(anotherTicket()))
                .post(ticket(id) + "/links")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String ticket(String id) {
        return "/api/v1/tickets/" + id;
    }
}
