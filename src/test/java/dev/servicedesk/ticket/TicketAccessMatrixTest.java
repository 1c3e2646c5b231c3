package dev.servicedesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every ticket endpoint × every kind of caller × owner or not, with the status each must get. A
 * requester's view of someone else's ticket is always a 404, never a 403.
 */
@QuarkusTest
class TicketAccessMatrixTest {
    private static final String OWNER = "owner";
    private static final String OTHER_REQUESTER = "other requester";
    private static final String NO_ROLE = "no role";
    private static final String ANONYMOUS = "anonymous";
    private static final List<String> CALLERS =
            List.of(OWNER, OTHER_REQUESTER, "AGENT", "SUPERVISOR", "ADMIN", "INTEGRATION", NO_ROLE, ANONYMOUS);

    /** An endpoint called on a fresh ticket: (request with the caller's credentials, ticket id) → response. */
    private record Endpoint(String name, BiFunction<RequestSpecification, String, Response> call, int... expected) {}

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachCallerAsTheRulesSay() {
        List<Endpoint> endpoints = List.of(
                new Endpoint(
                        "GET ticket", (request, id) -> request.get(ticket(id)), 200, 404, 200, 200, 200, 200, 403, 401),
                new Endpoint(
                        "GET tickets",
                        (request, id) -> request.get("/api/v1/tickets"),
                        200,
                        200,
                        200,
                        200,
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
                        403,
                        401),
                new Endpoint(
                        "PATCH description",
                        (request, id) -> request.contentType("application/merge-patch+json")
                                .header("If-Match", "\"0\"")
                                .body("{\"description\":\"more\"}")
                                .patch(ticket(id)),
                        200,
                        404,
                        200,
                        200,
                        200,
                        200,
                        403,
                        401),
                new Endpoint(
                        "PATCH subject",
                        (request, id) -> request.contentType("application/merge-patch+json")
                                .header("If-Match", "\"0\"")
                                .body("{\"subject\":\"renamed\"}")
                                .patch(ticket(id)),
                        403,
                        404,
                        200,
                        200,
                        200,
                        200,
                        403,
                        401),
                new Endpoint(
                        "transition to OPEN",
                        (request, id) -> request.contentType("application/json")
                                .header("If-Match", "\"0\"")
                                .body("{\"to\":\"OPEN\"}")
                                .post(ticket(id) + "/transitions"),
                        403,
                        404,
                        200,
                        200,
                        200,
                        200,
                        403,
                        401),
                new Endpoint(
                        "transition to CANCELLED",
                        (request, id) -> request.contentType("application/json")
                                .header("If-Match", "\"0\"")
                                .body("{\"to\":\"CANCELLED\",\"cancelReason\":\"not needed\"}")
                                .post(ticket(id) + "/transitions"),
                        200,
                        404,
                        200,
                        200,
                        200,
                        200,
                        403,
                        401),
                new Endpoint(
                        "public comment",
                        (request, id) -> request.contentType("application/json")
                                .body("{\"body\":\"hello\"}")
                                .post(ticket(id) + "/comments"),
                        201,
                        404,
                        201,
                        201,
                        201,
                        201,
                        403,
                        401),
                new Endpoint(
                        "internal note",
                        (request, id) -> request.contentType("application/json")
                                .body("{\"body\":\"psst\",\"visibility\":\"INTERNAL\"}")
                                .post(ticket(id) + "/comments"),
                        403,
                        404,
                        201,
                        201,
                        201,
                        201,
                        403,
                        401),
                new Endpoint(
                        "timeline",
                        (request, id) -> request.get(ticket(id) + "/timeline"),
                        200,
                        404,
                        200,
                        200,
                        200,
                        200,
                        403,
                        401),
                new Endpoint(
                        "assign to a queue",
                        (request, id) -> request.contentType("application/json")
                                .header("If-Match", "\"0\"")
                                .body("{\"queueId\":\"" + aQueue() + "\"}")
                                .post(ticket(id) + "/assignment"),
                        403,
                        404,
                        200,
                        200,
                        200,
                        200,
                        403,
                        401),
                new Endpoint(
                        "hand back (a fresh ticket came from no lower tier: 409 for the desk)",
                        (request, id) -> request.contentType("application/json")
                                .header("If-Match", "\"0\"")
                                .body("{}")
                                .post(ticket(id) + "/hand-back"),
                        403,
                        404,
                        409,
                        409,
                        409,
                        409,
                        403,
                        401),
                new Endpoint(
                        "link",
                        (request, id) -> request.contentType("application/json")
                                .body("{\"type\":\"RELATES_TO\",\"ticket\":\"" + anotherTicket() + "\"}")
                                .post(ticket(id) + "/links"),
                        403,
                        404,
                        201,
                        201,
                        201,
                        201,
                        403,
                        401),
                new Endpoint(
                        "links",
                        (request, id) -> request.get(ticket(id) + "/links"),
                        200,
                        404,
                        200,
                        200,
                        200,
                        200,
                        403,
                        401),
                new Endpoint(
                        "unlink",
                        (request, id) -> request.delete(ticket(id) + "/links/" + linkedTo(id)),
                        403,
                        404,
                        204,
                        204,
                        204,
                        204,
                        403,
                        401));

        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                int expected = endpoint.expected()[i];
                tests.add(DynamicTest.dynamicTest(endpoint.name() + " by " + caller + " → " + expected, () -> {
                    TestUser owner = TestUser.with(Role.REQUESTER);
                    String id = TestTickets.printerJam(owner);
                    Response response = endpoint.call().apply(credentials(caller, owner), id);
                    assertThat(response.statusCode())
                            .as(response.body().asString())
                            .isEqualTo(expected);
                }));
            }
        }
        return tests.stream();
    }

    private static RequestSpecification credentials(String caller, TestUser owner) {
        Map<String, TestUser> users = new LinkedHashMap<>();
        users.put(OWNER, owner);
        users.put(OTHER_REQUESTER, TestUser.with(Role.REQUESTER));
        users.put(NO_ROLE, TestUser.with());
        for (Role role : Role.values()) {
            users.put(role.name(), TestUser.with(role));
        }
        return caller.equals(ANONYMOUS) ? Api.hostile() : Api.hostile(users.get(caller));
    }

    private static String aQueue() {
        return Api.as(TestUser.with(Role.ADMIN))
                .contentType("application/json")
                .body("{\"name\":\"Matrix " + UUID.randomUUID() + "\",\"tier\":1}")
                .post("/api/v1/queues")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String anotherTicket() {
        return TestTickets.printerJam(TestUser.with(Role.REQUESTER));
    }

    /** Links the ticket to another one, as an agent; answers the link's id. */
    private static String linkedTo(String id) {
        return Api.as(TestUser.with(Role.AGENT))
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
