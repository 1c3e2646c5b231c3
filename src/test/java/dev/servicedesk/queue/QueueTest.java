package dev.servicedesk.queue;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.Pages;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QueueTest {
    private static final String QUEUES = "/api/v1/queues";

    private final TestUser admin = TestUser.with(Role.ADMIN);
    private final TestUser agent = TestUser.with(Role.AGENT);

    @Test
    void shouldLetAnAdminCreateAQueueThatTheDeskReads() {
        String supervisor = TestUser.with(Role.SUPERVISOR).signIn();
        String first = agent.signIn();
        String second = TestUser.with(Role.AGENT).signIn();
        String name = unique("Network L2");

        Response created = create(admin, """
                {"name":"%s","description":"Switches, Wi-Fi, VPN","tier":2,"supervisorId":"%s","memberIds":["%s","%s"]}""".formatted(name, supervisor, first, second));

        created.then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/queues/" + created.path("id")))
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("tier", equalTo(2))
                .body("active", equalTo(true))
                .body("memberIds", contains(first, second))
                .body("allowedActions.update", equalTo(true))
                .body("allowedActions.listTickets", equalTo(true));
        Api.as(agent)
                .get(QUEUES + "/" + created.path("id"))
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("supervisorId", equalTo(supervisor))
                .body("memberIds", contains(first, second))
                .body("allowedActions.update", equalTo(false))
                .body("allowedActions.listTickets", equalTo(true));
        Api.as(TestUser.with(Role.AGENT))
                .get(QUEUES + "/" + created.path("id"))
                .then()
                .body("allowedActions.update", equalTo(false))
                .body("allowedActions.listTickets", equalTo(false));
    }

    @Test
    void shouldNameUnknownAndRepeatedMembers() {
        String known = agent.signIn();
        String stranger = UUID.randomUUID().toString();

        problem(create(admin, """
                                {"name":"%s","tier":1,"supervisorId":"%s","memberIds":["%s","%s"]}""".formatted(unique("Front line"), stranger, known, stranger)), 400, "validation")
                .body("errors.field", containsInAnyOrder("memberIds[1]", "supervisorId"));
        problem(create(admin, """
                                {"name":"%s","tier":1,"memberIds":["%s","%s"]}""".formatted(unique("Front line"), known, known)), 400, "validation")
                .body("errors.field", contains("memberIds"));
        problem(create(admin, """
                {"name": " ", "tier": 5}"""), 400, "validation").body("errors.field", containsInAnyOrder("name", "tier"));
    }

    @Test
    void shouldRefuseASecondQueueOfTheSameNameWhateverItsCase() {
        String name = unique("Desktop L2");
        create(admin, queue(name, 2)).then().statusCode(201);

        problem(create(admin, queue(name.toUpperCase(), 3)), 409, "conflict");
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentQueuesOfOneNameBeCreated() {
        String name = unique("Security L3");

        List<Integer> statuses = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(
                        () -> create(admin, queue(name, 3)).statusCode()))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    }

    @Test
    void shouldChangeAQueueThroughAMergePatchUnderIfMatch() {
        String member = agent.signIn();
        Response created = create(admin, """
                {"name":"%s","description":"Old text","tier":1}""".formatted(unique("Service desk")));
        String id = created.path("id");

        Response changed = patch(admin, id, "\"0\"", """
                {"description":null,"tier":2,"memberIds":["%s"],"active":false}""".formatted(member));

        changed.then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("description", nullValue())
                .body("tier", equalTo(2))
                .body("memberIds", contains(member))
                .body("active", equalTo(false));
        problem(patch(admin, id, "\"0\"", """
                {"tier": 3}"""), 412, "precondition-failed");
        problem(patch(admin, id, null, """
                {"tier": 3}"""), 428, "precondition-required");
        problem(patch(admin, id, "\"1\"", """
                {"colour": "red"}"""), 400, "validation").body("errors.field", contains("colour"));
        problem(patch(admin, id, "\"1\"", """
                {"tier": null}"""), 400, "validation").body("errors.field", contains("tier"));
    }

    @Test
    void shouldRefuseRenamingAQueueToAnotherQueuesName() {
        String taken = unique("Vendor");
        create(admin, queue(taken, 4)).then().statusCode(201);
        String id = create(admin, queue(unique("Vendor"), 4)).path("id");

        problem(patch(admin, id, "\"0\"", """
                {"name": "%s"}""".formatted(taken)), 409, "conflict");
    }

    @Test
    void shouldListQueuesByNameFilteredAndPaged() {
        String family = "Zq" + UUID.randomUUID().toString().substring(0, 6);
        String member = agent.signIn();
        String b = create(admin, queue(family + " B", 2)).path("id");
        String a = create(admin, """
                {"name":"%s A","tier":1,"memberIds":["%s"]}""".formatted(family, member)).path("id");
        String c = create(admin, """
                {"name":"%s C","tier":2,"active":false}""".formatted(family)).path("id");

        assertThat(Pages.walk(agent, QUEUES, Map.of(), "id").stream().filter(List.of(a, b, c)::contains))
                .containsExactly(a, b, c);
        Api.as(agent).queryParam("memberId", member).get(QUEUES).then().body("items.id", contains(a));
        List<String> tierTwo = Api.as(agent)
                .queryParam("tier", 2)
                .queryParam("limit", 200)
                .get(QUEUES)
                .path("items.id");
        assertThat(tierTwo).contains(b, c).doesNotContain(a);
        List<String> active = Api.as(agent)
                .queryParam("active", false)
                .queryParam("limit", 200)
                .get(QUEUES)
                .path("items.id");
        assertThat(active).contains(c).doesNotContain(a, b);
        problem(
                        Api.hostile(agent)
                                .queryParam("tier", 5)
                                .queryParam("active", "yes")
                                .get(QUEUES),
                        400,
                        "validation")
                .body("errors.field", containsInAnyOrder("tier", "active"));
    }

    @Test
    void shouldKeepQueuesFromRequestersAndTheirChangesForAdmins() {
        String id = create(admin, queue(unique("Front line"), 1)).path("id");

        problem(Api.hostile(TestUser.with(Role.REQUESTER)).get(QUEUES), 403, "forbidden");
        problem(create(agent, queue(unique("Rogue"), 1)), 403, "forbidden");
        problem(patch(TestUser.with(Role.SUPERVISOR), id, "\"0\"", """
                {"tier": 2}"""), 403, "forbidden");
        problem(Api.hostile(agent).get(QUEUES + "/" + UUID.randomUUID()), 404, "not-found");
        problem(Api.hostile(agent).get(QUEUES + "/front-line"), 404, "not-found");
    }

    @Test
    void shouldReplayARetriedCreate() {
        String key = "queue-" + UUID.randomUUID();
        String body = queue(unique("Retried"), 1);

        Response first = createWithKey(key, body);
        Response again = createWithKey(key, body);

        first.then().statusCode(201);
        again.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));
    }

    private Response createWithKey(String key, String body) {
        return Api.as(admin)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post(QUEUES);
    }

    private static String queue(String name, int tier) {
        return """
                {"name": "%s", "tier": %s}""".formatted(name, tier);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Response create(TestUser user, String json) {
        return Api.hostile(user).contentType("application/json").body(json).post(QUEUES);
    }

    private static Response patch(TestUser user, String id, String etag, String json) {
        var request =
                Api.hostile(user).contentType("application/merge-patch+json").body(json);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.patch(QUEUES + "/" + id);
    }
}
