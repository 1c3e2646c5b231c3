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

    /** An endpoint called on a ticket in a queue: (request with the caller's credentials, ticket id) → response. */
    private record Endpoint(String name, BiFunction<RequestSpecification, String, Response> call, int... expected) {}

    /** A ticket of {@code owner} in a queue that {@code agent} works and {@code supervisor} supervises. */
    private record Scene(TestUser owner, TestUser agent, TestUser supervisor, String queueId, String ticketId) {}

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachCallerAsTheRulesSay() {
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET ticket", (request, id) -> request.get(ticket(id)), reads(200, 404)),
                new Endpoint(
                        "GET tickets",
                        (request, id) -> request.get("/api/v1/tickets"),
                        200,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200,
                        403,
                        401),
                new Endpoint(
                        "GET tickets of its queue",
                        (request, id) ->
                                request.queryParam("queueId", queueOf(id)).get("/api/v1/tickets"),
                        200,
                        200,
                        200,
                        200,
                        403,
                        403,
                        200,
                        200,
                        403,
                        401),
                new Endpoint(
                        "POST ticket",
                        (request, id) -> request.contentType("application/json")
                                .body("{\"type\":\"QUESTION\",\"subject\":\"q\"}")
                                .post("/api/v1/tickets"),
                        201,
                        201,
                        201,
                        201,
                        201,
                        201,
                        201,
                        201,
                        403,
                        401),
                new Endpoint(
                        "PATCH description",
                        (request, id) -> patch(request, id, "{\"description\":\"more\"}"),
                        changes(200, 200)),
                new Endpoint(
                        "PATCH subject",
                        (request, id) -> patch(request, id, "{\"subject\":\"renamed\"}"),
                        changes(403, 200)),
                new Endpoint(
                        "transition to OPEN",
                        (request, id) -> transition(request, id, "{\"to\":\"OPEN\"}"),
                        changes(403, 200)),
                new Endpoint(
                        "transition to CANCELLED",
                        (request, id) ->
                                transition(request, id, "{\"to\":\"CANCELLED\",\"cancelReason\":\"not needed\"}"),
                        changes(200, 200)),
                new Endpoint(
                        "public comment",
                        (request, id) -> request.contentType("application/json")
                                .body("{\"body\":\"hello\",\"visibility\":\"PUBLIC\"}")
                                .post(ticket(id) + "/comments"),
                        changes(201, 201)),
                new Endpoint(
                        "internal note",
                        (request, id) -> request.contentType("application/json")
                                .body("{\"body\":\"psst\",\"visibility\":\"INTERNAL\"}")
                                .post(ticket(id) + "/comments"),
                        changes(403, 201)),
                new Endpoint("timeline", (request, id) -> request.get(ticket(id) + "/timeline"), reads(200, 404)),
                new Endpoint(
                        "assign to another queue",
                        (request, id) -> request.contentType("application/json")
                                .header("If-Match", "*")
                                .body("{\"queueId\":\"" + TestQueues.queue(1) + "\"}")
                                .post(ticket(id) + "/assignment"),
                        changes(403, 200)),
                new Endpoint(
                        "hand back (it came from no lower tier: 409 for those who work it)",
                        (request, id) -> request.contentType("application/json")
                                .header("If-Match", "*")
                                .body("{}")
                                .post(ticket(id) + "/hand-back"),
                        changes(403, 409)),
                new Endpoint(
                        "link",
                        (request, id) -> request.contentType("application/json")
                                .body("{\"type\":\"RELATES_TO\",\"ticket\":\"" + anotherTicket() + "\"}")
                                .post(ticket(id) + "/links"),
                        changes(403, 201)),
                new Endpoint("links", (request, id) -> request.get(ticket(id) + "/links"), reads(200, 404)),
                new Endpoint(
                        "GET link (to someone else's ticket)",
                        (request, id) -> request.get(ticket(id) + "/links/" + linkedTo(id)),
                        reads(404, 404)),
                new Endpoint(
                        "unlink",
                        (request, id) -> request.delete(ticket(id) + "/links/" + linkedTo(id)),
                        changes(403, 204)));

        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                int expected = endpoint.expected()[i];
                tests.add(DynamicTest.dynamicTest(endpoint.name() + " by " + caller + " → " + expected, () -> {
                    Scene scene = scene();
                    Response response = endpoint.call().apply(credentials(caller, scene), scene.ticketId());
                    assertThat(response.statusCode())
                            .as(response.body().asString())
                            .isEqualTo(expected);
                }));
            }
        }
        return tests.stream();
    }

    /** A read: the owner and another requester as given, the whole desk 200. */
    private static int[] reads(int owner, int otherRequester) {
        return new int[] {owner, otherRequester, 200, 200, 200, 200, 200, 200, 403, 401};
    }

    /**
     * A change: the owner as given; another requester never sees the ticket; those who work its
     * queue, admins and integrations {@code worker}; the rest of the desk 403.
     */
    private static int[] changes(int owner, int worker) {
        return new int[] {owner, 404, worker, worker, 403, 403, worker, worker, 403, 401};
    }

    private static Scene scene() {
        TestUser owner = TestUser.with(Role.REQUESTER);
        TestUser agent = TestUser.with(Role.AGENT);
        TestUser supervisor = TestUser.with(Role.SUPERVISOR);
        String queueId = Api.as(ADMIN)
                .contentType("application/json")
                .body("{\"name\":\"Matrix " + UUID.randomUUID() + "\",\"tier\":1,\"supervisorId\":\""
                        + supervisor.signIn() + "\",\"memberIds\":[\"" + agent.signIn() + "\"]}")
                .post("/api/v1/queues")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String ticketId = TestTickets.printerJam(owner);
        TestQueues.assign(ADMIN, ticketId, "{\"queueId\":\"" + queueId + "\"}")
                .then()
                .statusCode(200);
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
                .body("{\"type\":\"RELATES_TO\",\"ticket\":\"" + anotherTicket() + "\"}")
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
