package dev.servicedesk.ticket;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static dev.servicedesk.support.TestTickets.move;
import static dev.servicedesk.support.TestTickets.printerJam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TicketLinkTest {
    private static final String RESOLVE = """
            {"to":"RESOLVED","resolutionCode":"FIXED","resolutionNotes":"Core switch replaced","resolveChildren":true,
             "childResolutionNotes":"The network is back: we replaced a faulty switch."}""";

    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private TestUser agent;

    @BeforeEach
    void onTheFrontLine() {
        agent = TestQueues.frontLineAgent();
    }

    @Test
    void shouldShowALinkFromBothEndsAndLogItInternallyOnBoth() {
        String duplicate = printerJam(requester);
        String original = printerJam(TestUser.with(Role.REQUESTER));
        String originalKey = key(original);

        Response made = link(agent, duplicate, "DUPLICATE_OF", originalKey);

        made.then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/tickets/" + duplicate + "/links/" + made.path("id")))
                .body("type", equalTo("DUPLICATE_OF"))
                .body("ticket.id", equalTo(original))
                .body("ticket.key", equalTo(originalKey))
                .body("ticket.status", equalTo("NEW"));
        links(agent, original)
                .then()
                .body("items.type", contains("DUPLICATED_BY"))
                .body("items[0].ticket.id", equalTo(duplicate));
        Api.as(agent)
                .get("/api/v1/tickets/" + original + "/timeline")
                .then()
                .body("items.kind", hasItem("LINKED"))
                .body("items.find { it.kind == 'LINKED' }.link.type", equalTo("DUPLICATED_BY"))
                .body("items.find { it.kind == 'LINKED' }.visibility", equalTo("INTERNAL"));
        Api.as(requester)
                .get("/api/v1/tickets/" + duplicate + "/timeline")
                .then()
                .body("items.kind", not(hasItem("LINKED")));
    }

    @Test
    void shouldLinkTwoTicketsOnlyOnce() {
        String a = printerJam(requester);
        String b = printerJam(requester);
        link(agent, a, "RELATES_TO", b).then().statusCode(201);

        problem(link(agent, b, "CAUSED_BY", a), 409, "conflict");
        problem(link(agent, a, "RELATES_TO", b), 409, "conflict");
    }

    @Test
    void shouldRejectLinksToItselfOrToNoTicket() {
        String a = printerJam(requester);

        problem(link(agent, a, "RELATES_TO", a), 400, "validation").body("errors.field", contains("ticket"));
        problem(link(agent, a, "RELATES_TO", key(a).toLowerCase()), 400, "validation");
        problem(link(agent, a, "RELATES_TO", "INC-999999999"), 400, "validation")
                .body("errors.field", contains("ticket"));
        problem(link(agent, a, "RELATES_TO", UUID.randomUUID().toString()), 400, "validation");
        problem(
                        Api.hostile(agent)
                                .contentType("application/json")
                                .body("""
                                        {"type": "SIBLING_OF", "ticket": "INC-1"}""")
                                .post("/api/v1/tickets/" + a + "/links"),
                        400,
                        "validation")
                .body("errors.field", contains("type"));
    }

    @Test
    void shouldKeepParentsAndChildrenOneLevelDeepWithOneParentEach() {
        String parent = printerJam(requester);
        String child = printerJam(requester);
        String other = printerJam(requester);
        link(agent, parent, "PARENT_OF", child).then().statusCode(201);

        problem(link(agent, child, "CHILD_OF", other), 409, "conflict");
        problem(link(agent, child, "PARENT_OF", other), 409, "conflict");
        problem(link(agent, other, "PARENT_OF", parent), 409, "conflict");
        link(agent, other, "CHILD_OF", parent).then().statusCode(201);
        links(agent, parent)
                .then()
                .body("items.type", contains("PARENT_OF", "PARENT_OF"))
                .body("items.ticket.id", contains(child, other));
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentParentsWin() {
        String child = printerJam(requester);
        List<String> parents = List.of(printerJam(requester), printerJam(requester));

        List<Integer> statuses = parents.stream()
                .map(parent -> CompletableFuture.supplyAsync(
                        () -> link(agent, parent, "PARENT_OF", child).statusCode()))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        links(agent, child).then().body("items.type", contains("CHILD_OF"));
    }

    @Test
    void shouldResolveTheOpenChildrenWithTheParentWhenAsked() {
        String parent = printerJam(requester);
        String openChild = printerJam(requester);
        String cancelledChild = printerJam(requester);
        link(agent, parent, "PARENT_OF", openChild);
        link(agent, parent, "PARENT_OF", cancelledChild);
        move(agent, cancelledChild, """
                {"to": "CANCELLED", "cancelReason": "Logged twice"}""").then().statusCode(200);

        move(agent, parent, RESOLVE).then().statusCode(200).body("status", equalTo("RESOLVED"));

        Api.as(requester)
                .get("/api/v1/tickets/" + openChild)
                .then()
                .body("status", equalTo("RESOLVED"))
                .body("resolutionCode", equalTo("FIXED"))
                .body("resolutionNotes", equalTo("The network is back: we replaced a faulty switch."));
        Api.as(requester)
                .get("/api/v1/tickets/" + openChild + "/timeline")
                .then()
                .body("items[-1].kind", equalTo("STATUS_CHANGED"))
                .body("items[-1].body", equalTo("The network is back: we replaced a faulty switch."));
        Api.as(agent)
                .get("/api/v1/tickets/" + openChild + "/timeline")
                .then()
                .body("items[-1].kind", equalTo("RESOLVED_WITH_PARENT"))
                .body("items[-1].visibility", equalTo("INTERNAL"))
                .body("items[-1].link.ticketKey", equalTo(key(parent)))
                .body("items[-1].body", equalTo("Core switch replaced"));
        Api.as(agent).get("/api/v1/tickets/" + cancelledChild).then().body("status", equalTo("CANCELLED"));
    }

    @Test
    void shouldLeaveTheChildrenAloneUnlessAsked() {
        String parent = printerJam(requester);
        String child = printerJam(requester);
        link(agent, parent, "PARENT_OF", child);

        move(agent, parent, """
                {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Fixed"}""").then().statusCode(200);

        Api.as(agent).get("/api/v1/tickets/" + child).then().body("status", equalTo("NEW"));
        problem(move(agent, child, """
                {"to": "OPEN", "resolveChildren": true}"""), 400, "validation").body("errors.field", contains("resolveChildren"));
    }

    @Test
    void shouldUnlinkAndLogItOnBothEnds() {
        String a = printerJam(requester);
        String b = printerJam(requester);
        String link = link(agent, a, "CAUSED_BY", b).path("id");

        Api.as(agent).delete("/api/v1/tickets/" + b + "/links/" + link).then().statusCode(204);

        links(agent, a).then().body("items", empty());
        Api.as(agent)
                .get("/api/v1/tickets/" + a + "/timeline")
                .then()
                .body("items.find { it.kind == 'UNLINKED' }.link.type", equalTo("CAUSED_BY"))
                .body("items.find { it.kind == 'UNLINKED' }.link.ticketId", equalTo(b));
        problem(Api.hostile(agent).delete("/api/v1/tickets/" + a + "/links/" + link), 404, "not-found");
        link(agent, b, "CAUSES", a).then().statusCode(201);
    }

    @Test
    void shouldNotFindALinkThroughATicketAtNeitherEnd() {
        String a = printerJam(requester);
        String b = printerJam(requester);
        String stranger = printerJam(requester);
        String link = link(agent, a, "RELATES_TO", b).path("id");

        problem(Api.hostile(agent).delete("/api/v1/tickets/" + stranger + "/links/" + link), 404, "not-found");
        problem(Api.hostile(agent).delete("/api/v1/tickets/" + a + "/links/not-a-link"), 404, "not-found");
    }

    @Test
    void shouldShowARequesterOnlyTheLinksAmongTheirOwnTickets() {
        String mine = printerJam(requester);
        String alsoMine = printerJam(requester);
        String someoneElses = printerJam(TestUser.with(Role.REQUESTER));
        link(agent, mine, "RELATES_TO", alsoMine);
        link(agent, mine, "CHILD_OF", someoneElses);

        links(requester, mine).then().statusCode(200).body("items.ticket.id", contains(alsoMine));
        links(agent, mine).then().body("items.ticket.id", contains(alsoMine, someoneElses));
        problem(link(requester, mine, "RELATES_TO", alsoMine), 403, "forbidden");
        problem(link(requester, someoneElses, "RELATES_TO", mine), 404, "not-found");
    }

    @Test
    void shouldFilterLinksByTypeAsSeenFromTheTicket() {
        String parent = printerJam(requester);
        String child = printerJam(requester);
        String related = printerJam(requester);
        link(agent, parent, "PARENT_OF", child);
        link(agent, related, "RELATES_TO", parent);

        Api.as(agent)
                .queryParam("type", "PARENT_OF")
                .get("/api/v1/tickets/" + parent + "/links")
                .then()
                .body("items.ticket.id", contains(child));
        Api.as(agent)
                .queryParam("type", "RELATES_TO")
                .get("/api/v1/tickets/" + parent + "/links")
                .then()
                .body("items.ticket.id", contains(related));
        Api.as(agent)
                .queryParam("type", "CHILD_OF")
                .get("/api/v1/tickets/" + child + "/links")
                .then()
                .body("items.ticket.id", contains(parent));
        problem(
                        Api.hostile(agent).queryParam("type", "CHILD").get("/api/v1/tickets/" + child + "/links"),
                        400,
                        "validation")
                .body("errors.field", contains("type"));
    }

    @Test
    void shouldPageThroughManyChildren() {
        String parent = printerJam(requester);
        for (int i = 0; i < 3; i++) {
            link(agent, parent, "PARENT_OF", printerJam(requester));
        }

        Response first = Api.as(agent).queryParam("limit", 2).get("/api/v1/tickets/" + parent + "/links");
        first.then().body("items.size()", equalTo(2));
        Api.as(agent)
                .queryParam("limit", 2)
                .queryParam("cursor", first.path("nextCursor").toString())
                .get("/api/v1/tickets/" + parent + "/links")
                .then()
                .body("items.size()", equalTo(1))
                .body("nextCursor", equalTo(null));
    }

    @Test
    void shouldReplayARetriedLink() {
        String a = printerJam(requester);
        String b = printerJam(requester);
        String body = """
                {"type": "RELATES_TO", "ticket": "%s"}""".formatted(b);

        String idempotencyKey = "link-" + UUID.randomUUID();

        Response first = linkWithKey(a, idempotencyKey, body);
        Response replayed = linkWithKey(a, idempotencyKey, body);

        first.then().statusCode(201);
        replayed.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));
        links(agent, a).then().body("items.size()", equalTo(1));
    }

    private Response linkWithKey(String ticket, String idempotencyKey, String body) {
        return Api.as(agent)
                .contentType("application/json")
                .header("Idempotency-Key", idempotencyKey)
                .body(body)
                .post("/api/v1/tickets/" + ticket + "/links");
    }

    private static Response link(TestUser user, String ticket, String type, String other) {
        return Api.hostile(user)
                .contentType("application/json")
                .body("""
                        {"type": "%s", "ticket": "%s"}""".formatted(type, other))
                .post("/api/v1/tickets/" + ticket + "/links");
    }

    private static Response links(TestUser user, String ticket) {
        return Api.as(user).get("/api/v1/tickets/" + ticket + "/links");
    }

    private String key(String ticket) {
        return Api.as(agent).get("/api/v1/tickets/" + ticket).path("key");
    }
}
