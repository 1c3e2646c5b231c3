package dev.servicedesk.ticket;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;

import dev.servicedesk.common.PageCursor;
import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.Pages;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TicketListTest {
    private static final String TICKETS = "/api/v1/tickets";
    private static final String INCIDENT = """
            {"type": "INCIDENT", "subject": "Printer jams"}""";

    private TestUser agent;

    @BeforeEach
    void onTheFrontLine() {
        agent = TestQueues.frontLineAgent();
    }

    @Test
    void shouldListOpenTicketsOldestFirstThenFinishedOnesByDefault() {
        TestUser someone = TestUser.with(Role.REQUESTER);
        List<Response> created = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            created.add(create(someone, INCIDENT));
        }
        Api.as(someone)
                .contentType("application/json")
                .header("If-Match", "\"0-requester\"")
                .body("""
                        {"to": "CANCELLED", "cancelReason": "Sorted itself out"}""")
                .post(TICKETS + "/" + created.get(0).path("id") + "/transitions")
                .then()
                .statusCode(200);

        assertThat(walk(someone, null))
                .containsExactly(
                        created.get(1).path("key"),
                        created.get(2).path("key"),
                        created.get(3).path("key"),
                        created.get(0).path("key"))
                .isEqualTo(walk(someone, "oldestOpenFirst"));
    }

    @Test
    void shouldListMostUrgentFirstAndOldestFirstWithinAPriority() {
        TestUser someone = TestUser.with(Role.REQUESTER);
        String low = create(someone, classified("LOW", "LOW")).path("key");
        String critical = create(someone, classified("HIGH", "HIGH")).path("key");
        String medium = create(someone, classified("MEDIUM", "MEDIUM")).path("key");
        String secondCritical = create(someone, classified("HIGH", "HIGH")).path("key");

        assertThat(walk(someone, "priority")).containsExactly(critical, secondCritical, medium, low);
    }

    @Test
    void shouldListByLastChange() {
        TestUser someone = TestUser.with(Role.REQUESTER);
        Response first = create(someone, INCIDENT);
        String second = create(someone, INCIDENT).path("key");
        Api.as(someone)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0-requester\"")
                .body("""
                        {"description": "Now it smokes too"}""")
                .patch(TICKETS + "/" + first.path("id"))
                .then()
                .statusCode(200);

        assertThat(walk(someone, "-updatedAt")).containsExactly(first.path("key"), second);
        assertThat(walk(someone, "updatedAt")).containsExactly(second, first.path("key"));
    }

    @Test
    void shouldRejectCursorsWhoseSortValuesWereTamperedWith() {
        for (String[] forged : new String[][] {
            {"oldestOpenFirst", "maybe 2026-01-01T00:00:00Z"},
            {"oldestOpenFirst", "false"},
            {"priority", "9 2026-01-01T00:00:00Z"},
            {"priority", "1 yesterday"},
            {"updatedAt", "+300000-01-01T00:00:00Z"},
            {"-createdAt", "2026-01-01T00:00:00Z 2026-01-01T00:00:00Z"}
        }) {
            String cursor = new PageCursor(forged[0], forged[1], UUID.randomUUID()).encode();
            problem(
                            Api.hostile(agent)
                                    .queryParam("sort", forged[0])
                                    .queryParam("cursor", cursor)
                                    .get(TICKETS),
                            400,
                            "validation")
                    .body("errors.field", contains("cursor"));
        }
    }

    @Test
    void shouldPageThroughTicketsOldestFirstOrNewestFirst() {
        TestUser someone = TestUser.with(Role.REQUESTER);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            keys.add(create(someone, INCIDENT).then().extract().path("key"));
        }

        assertThat(walk(someone, "createdAt")).isEqualTo(keys);
        List<String> newestFirst = new ArrayList<>(keys);
        Collections.reverse(newestFirst);
        assertThat(walk(someone, "-createdAt")).isEqualTo(newestFirst);
    }

    @Test
    void shouldFilterTheList() {
        TestUser someone = TestUser.with(Role.REQUESTER);
        String question = create(someone, """
                {"type": "QUESTION", "subject": "q", "category": "CONSULTING"}""").path("key");
        create(someone, INCIDENT);
        String mine = personId(someone);

        Api.as(agent)
                .queryParam("requesterId", mine)
                .queryParam("type", "QUESTION")
                .get(TICKETS)
                .then()
                .body("items.key", contains(question));
        Api.as(agent)
                .queryParam("requesterId", mine)
                .queryParam("category", "CONSULTING")
                .queryParam("status", "NEW", "OPEN")
                .get(TICKETS)
                .then()
                .body("items.key", contains(question));
        Api.as(agent)
                .queryParam("requesterId", mine)
                .queryParam("status", "CLOSED")
                .get(TICKETS)
                .then()
                .body("items", empty());
        Api.as(agent)
                .queryParam("requesterId", mine)
                .queryParam("createdFrom", "2099-01-01T00:00:00Z")
                .get(TICKETS)
                .then()
                .body("items", empty());
    }

    /** "My tickets": those the caller requested, and those assigned to them. */
    @Test
    void shouldListTheCallersOwnTicketsAsMe() {
        TestUser someone = TestUser.with(Role.REQUESTER);
        TestQueues.Member member = TestQueues.memberOfNewQueue(1);
        TestUser agent = member.agent();
        String asked = create(agent, INCIDENT).path("key");
        String forSomeoneElse = create(someone, INCIDENT).path("key");
        TestQueues.assign(agent, forSomeoneElse, """
                        {"queueId": "%s", "assigneeId": "%s"}""".formatted(member.queueId(), personId(agent)))
                .then()
                .statusCode(200);

        Api.as(agent)
                .queryParam("requesterId", "me")
                .get(TICKETS)
                .then()
                .statusCode(200)
                .body("items.key", contains(asked));
        Api.as(agent)
                .queryParam("assigneeId", "me")
                .queryParam("status", "NEW", "OPEN", "IN_PROGRESS")
                .get(TICKETS)
                .then()
                .body("items.key", contains(forSomeoneElse));
        Api.as(someone).queryParam("requesterId", "me").get(TICKETS).then().body("items.key", contains(forSomeoneElse));
        Api.as(someone).queryParam("assigneeId", "me").get(TICKETS).then().body("items", empty());
    }

    @Test
    void shouldFindTicketsByTextInSubjectOrDescription() {
        TestUser someone = TestUser.with(Role.REQUESTER);
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String bySubject = create(someone, """
                {"type": "QUESTION", "subject": "About %s"}""".formatted(word.toUpperCase())).path("key");
        String byDescription = create(someone, """
                        {"type": "QUESTION", "subject": "x", "description": "mentions %s here"}""".formatted(word)).path("key");
        create(someone, """
                {"type": "QUESTION", "subject": "100% unrelated_thing"}""");

        Api.as(agent).queryParam("q", word).get(TICKETS).then().body("items.key", contains(bySubject, byDescription));
        Api.as(someone).queryParam("q", "%").get(TICKETS).then().body("items", hasSize(1));
        Api.as(someone).queryParam("q", "a_e").get(TICKETS).then().body("items", empty());
        Api.as(someone)
                .queryParam("updatedFrom", "2099-01-01T00:00:00Z")
                .get(TICKETS)
                .then()
                .body("items", empty());
    }

    @Test
    void shouldRejectBadListParametersAllAtOnce() {
        problem(
                        Api.hostile(agent)
                                .queryParam("status", "DONE")
                                .queryParam("requesterId", "myself")
                                .queryParam("createdFrom", "yesterday")
                                .queryParam("sort", "severity")
                                .queryParam("limit", "0")
                                .get(TICKETS),
                        400,
                        "validation")
                .body("errors.field", containsInAnyOrder("status", "requesterId", "createdFrom", "sort", "limit"));
        String cursor = Api.as(agent).queryParam("limit", 1).get(TICKETS).path("nextCursor");
        problem(
                        Api.hostile(agent)
                                .queryParam("cursor", cursor)
                                .queryParam("sort", "-createdAt")
                                .get(TICKETS),
                        400,
                        "validation")
                .body("errors.field", contains("cursor"));
    }

    /** Every ticket key the user sees in this order (the default one when null), two per page. */
    private static List<String> walk(TestUser user, String sort) {
        return Pages.walk(user, TICKETS, sort == null ? Map.of() : Map.of("sort", sort), "key");
    }

    private static String classified(String impact, String urgency) {
        return """
                {"type": "INCIDENT", "subject": "x", "impact": "%s", "urgency": "%s"}""".formatted(impact, urgency);
    }

    private static String personId(TestUser user) {
        return Api.as(user).get("/api/v1/me").then().statusCode(200).extract().path("id");
    }

    private static Response create(TestUser user, String json) {
        Response created =
                Api.as(user).contentType("application/json").body(json).post(TICKETS);
        created.then().statusCode(201);
        return created;
    }
}
