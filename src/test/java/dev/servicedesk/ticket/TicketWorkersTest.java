package dev.servicedesk.ticket;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who works a ticket changes it; the rest of the desk only reads it (fails where any desk member could act). */
@QuarkusTest
class TicketWorkersTest {
    private static final String RESOLVE = """
            {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Cleared the jam"}""";
    private static final String CANCEL = """
            {"to": "CANCELLED", "cancelReason": "It works again"}""";

    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private final TestUser worker = TestUser.with(Role.AGENT);
    private final TestUser supervisor = TestUser.with(Role.SUPERVISOR);
    private final TestUser admin = TestUser.with(Role.ADMIN);
    private final TestUser integration = TestUser.with(Role.INTEGRATION);

    @Test
    void shouldLetADeskMemberOutsideTheQueueReadItsTicketButNotChangeIt() {
        String workerId = worker.signIn();
        TestUser outsider = TestUser.with(Role.AGENT);
        String outsiderId = outsider.signIn();
        String queueA = queueSupervisedBy(supervisor.signIn(), workerId);
        String queueC = TestQueues.queue(1, outsiderId);
        String secondLine = TestQueues.queue(2, TestUser.with(Role.AGENT).signIn());
        String ticket = ticketIn(queueA, workerId);
        String linkId = link(Api.as(admin), ticket, TestTickets.printerJam(requester))
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        String priority = Api.as(outsider)
                .get(path(ticket))
                .then()
                .statusCode(200)
                .body("queueId", equalTo(queueA))
                .body("assigneeId", equalTo(workerId))
                .extract()
                .path("priority");
        Api.as(outsider).get(path(ticket) + "/timeline").then().statusCode(200);
        Api.as(outsider).get(path(ticket) + "/links").then().statusCode(200).body("items.id", contains(linkId));
        problem(Api.hostile(outsider).get("/api/v1/queues/" + queueA + "/tickets"), 403, "forbidden");
        problem(Api.hostile(outsider).queryParam("queueId", queueA).get("/api/v1/tickets"), 403, "forbidden");

        problem(comment(Api.hostile(outsider), ticket, "INTERNAL"), 403, "forbidden");
        problem(comment(Api.hostile(outsider), ticket, "PUBLIC"), 403, "forbidden");
        problem(prioritize(Api.hostile(outsider), etag(outsider, ticket), ticket, "CRITICAL"), 403, "forbidden");
        problem(TestTickets.move(outsider, ticket, RESOLVE), 403, "forbidden");
        problem(TestQueues.assign(outsider, ticket, """
                                {"queueId": "%s", "assigneeId": "%s"}""".formatted(queueC, outsiderId)), 403, "forbidden");
        problem(TestQueues.handBack(outsider, ticket, "{}"), 403, "forbidden");
        problem(link(Api.hostile(outsider), ticket, TestTickets.printerJam(requester)), 403, "forbidden");
        problem(Api.hostile(outsider).delete(path(ticket) + "/links/" + linkId), 403, "forbidden");
        problem(escalate(outsider, ticket, functional(queueC)), 403, "forbidden");
        problem(escalate(outsider, ticket, functional(secondLine)), 403, "forbidden");

        Api.as(worker)
                .get(path(ticket))
                .then()
                .body("queueId", equalTo(queueA))
                .body("assigneeId", equalTo(workerId))
                .body("priority", equalTo(priority))
                .body("status", not(equalTo("RESOLVED")));
        Api.as(worker).get(path(ticket) + "/timeline").then().body("items.authorId", not(hasItem(outsiderId)));
        Api.as(worker).get(path(ticket) + "/links").then().body("items.id", contains(linkId));
    }

    @Test
    void shouldLetTheQueuesMembersAndSupervisorAdminsAndIntegrationsChangeItsTicket() {
        String workerId = worker.signIn();
        TestUser outsider = TestQueues.memberOfNewQueue(1).agent();
        String queueA = queueSupervisedBy(supervisor.signIn(), workerId);
        String ticket = ticketIn(queueA, workerId);
        problem(comment(Api.hostile(outsider), ticket, "INTERNAL"), 403, "forbidden");
        problem(Api.hostile(outsider).queryParam("queueId", queueA).get("/api/v1/tickets"), 403, "forbidden");

        changesAndLists(worker, ticket, queueA, "HIGH");
        changesAndLists(supervisor, ticket, queueA, "CRITICAL");
        changesAndLists(admin, ticket, queueA, "LOW");
        changesAndLists(integration, ticket, queueA, "MEDIUM");
    }

    @Test
    void shouldLeaveATicketInNoQueueToTheFrontLine() {
        TestUser frontLine = TestQueues.frontLineAgent();
        TestUser secondLine = TestQueues.memberOfNewQueue(2).agent();
        String ticket = TestTickets.printerJam(requester);
        Api.as(secondLine).get(path(ticket)).then().statusCode(200).body("queueId", nullValue());

        problem(prioritize(Api.hostile(secondLine), etag(secondLine, ticket), ticket, "HIGH"), 403, "forbidden");
        problem(TestTickets.move(secondLine, ticket, """
                {"to": "OPEN"}"""), 403, "forbidden");
        problem(comment(Api.hostile(secondLine), ticket, "INTERNAL"), 403, "forbidden");
        problem(comment(Api.hostile(secondLine), ticket, "PUBLIC"), 403, "forbidden");

        prioritize(Api.as(frontLine), etag(frontLine, ticket), ticket, "HIGH")
                .then()
                .statusCode(200)
                .body("priority", equalTo("HIGH"));
        TestTickets.move(frontLine, ticket, """
                {"to": "OPEN"}""").then().statusCode(200).body("status", equalTo("OPEN"));
        comment(Api.as(frontLine), ticket, "INTERNAL").then().statusCode(201);
        comment(Api.as(frontLine), ticket, "PUBLIC").then().statusCode(201);
    }

    @Test
    void shouldLetAnAgentActOnTheirOwnTicketOnlyAsItsRequester() {
        TestUser agent = TestUser.with(Role.AGENT);
        String me = agent.signIn();
        String ticket = Api.as(agent)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "My monitor flickers"}""")
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .body("requesterId", equalTo(me))
                .body("channel", equalTo("PHONE"))
                .extract()
                .path("id");

        comment(Api.as(agent), ticket, "PUBLIC").then().statusCode(201).body("authorId", equalTo(me));
        problem(comment(Api.hostile(agent), ticket, "INTERNAL"), 403, "forbidden");
        problem(prioritize(Api.hostile(agent), etag(agent, ticket), ticket, "CRITICAL"), 403, "forbidden");
        TestTickets.move(agent, ticket, CANCEL)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("It works again"));
    }

    @Test
    void shouldNeitherLinkNorResolveATicketInAQueueTheCallerDoesNotWork() {
        TestQueues.Member mine = TestQueues.memberOfNewQueue(1);
        TestQueues.Member theirs = TestQueues.memberOfNewQueue(1);
        String parent = ticketIn(mine.queueId(), mine.agent().signIn());
        String ownChild = ticketIn(mine.queueId(), mine.agent().signIn());
        String foreignChild = ticketIn(theirs.queueId(), theirs.agent().signIn());

        problem(link(Api.hostile(mine.agent()), parent, foreignChild), 403, "forbidden");
        String foreignLink = parentOf(parent, foreignChild);
        parentOf(parent, ownChild);
        problem(Api.hostile(mine.agent()).delete(path(parent) + "/links/" + foreignLink), 403, "forbidden");

        TestTickets.move(mine.agent(), parent, RESOLVE.replace("}", """
                , "resolveChildren": true}""")).then().statusCode(200);

        Api.as(admin).get(path(ownChild)).then().body("status", equalTo("RESOLVED"));
        Api.as(admin).get(path(foreignChild)).then().body("status", equalTo("NEW"));
    }

    /** Makes {@code parent} the parent of {@code child}, as an admin; answers the link's id. */
    private String parentOf(String parent, String child) {
        return Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"type": "PARENT_OF", "ticket": "%s"}""".formatted(child))
                .post(path(parent) + "/links")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An internal note and a priority override by {@code user}, who also lists the queue's tickets. */
    private static void changesAndLists(TestUser user, String ticket, String queue, String priority) {
        comment(Api.as(user), ticket, "INTERNAL")
                .then()
                .statusCode(201)
                .body("visibility", equalTo("INTERNAL"))
                .body("authorId", equalTo(user.signIn()));
        prioritize(Api.as(user), etag(user, ticket), ticket, priority)
                .then()
                .statusCode(200)
                .body("priority", equalTo(priority));
        Api.as(user)
                .queryParam("queueId", queue)
                .get("/api/v1/tickets")
                .then()
                .statusCode(200)
                .body("items.id", contains(ticket));
    }

    /** A requester's ticket, put in {@code queue} with {@code assignee} by an admin. */
    private String ticketIn(String queue, String assignee) {
        String ticket = TestTickets.printerJam(requester);
        TestQueues.assign(admin, ticket, """
                {"queueId": "%s", "assigneeId": "%s"}""".formatted(queue, assignee)).then().statusCode(200);
        return ticket;
    }

    /** A new tier-1 queue with this supervisor and member. */
    private String queueSupervisedBy(String supervisorId, String memberId) {
        return Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "Supervised %s", "tier": 1, "supervisorId": "%s",
                         "memberIds": ["%s"]}""".formatted(UUID.randomUUID(), supervisorId, memberId))
                .post("/api/v1/queues")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String etag(TestUser user, String ticket) {
        return Api.as(user).get(path(ticket)).then().statusCode(200).extract().header("ETag");
    }

    private static Response comment(RequestSpecification request, String ticket, String visibility) {
        return request.contentType("application/json")
                .body("""
                        {"body": "Checked the paper tray", "visibility": "%s"}""".formatted(visibility))
                .post(path(ticket) + "/comments");
    }

    private static Response prioritize(RequestSpecification request, String etag, String ticket, String priority) {
        return request.contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("""
                        {"priority": "%s", "priorityReason": "The whole floor prints here"}""".formatted(priority))
                .patch(path(ticket));
    }

    private static Response link(RequestSpecification request, String ticket, String other) {
        return request.contentType("application/json")
                .body("""
                        {"type": "RELATES_TO", "ticket": "%s"}""".formatted(other))
                .post(path(ticket) + "/links");
    }

    private static String functional(String queue) {
        return """
                {"kind": "FUNCTIONAL", "toQueueId": "%s", "reason": "Needs another team"}""".formatted(queue);
    }

    private static Response escalate(TestUser user, String ticket, String json) {
        String etag = etag(user, ticket);
        return Api.hostile(user)
                .contentType("application/json")
                .header("If-Match", etag)
                .body(json)
                .post(path(ticket) + "/escalations");
    }

    private static String path(String ticket) {
        return "/api/v1/tickets/" + ticket;
    }
}
