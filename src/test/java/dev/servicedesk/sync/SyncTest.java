package dev.servicedesk.sync;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static dev.servicedesk.support.TestQueues.assign;
import static dev.servicedesk.support.TestTickets.printerJam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestAnnouncements;
import dev.servicedesk.support.TestArticles;
import dev.servicedesk.support.TestCis;
import dev.servicedesk.support.TestEvents;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestSync;
import dev.servicedesk.support.TestSync.Synced;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SyncTest {
    @Inject
    Pool pool;

    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private final TestUser otherRequester = TestUser.with(Role.REQUESTER);
    private final TestUser admin = TestUser.with(Role.ADMIN);

    @Test
    void shouldKeepARequesterInStepWithTheirTicketAndItsRepliesButNeverAnInternalNote() {
        TestUser agent = TestQueues.frontLineAgent();
        String agentId = agent.signIn();
        String queue = TestQueues.queue(1, agentId);
        String mine = TestSync.end(requester);
        String desk = TestSync.end(agent);
        String theirs = printerJam(otherRequester);
        String ticket = printerJam(requester);
        assign(agent, ticket, """
                {"queueId": "%s", "assigneeId": "%s", "reason": "Printers are ours"}""".formatted(queue, agentId)).then().statusCode(200);
        String reply = comment(agent, ticket, "PUBLIC", "Which floor?");
        String note = comment(agent, ticket, "INTERNAL", "Tray 2 again, I bet");

        Synced seen = TestSync.after(requester, mine);

        Map<String, Object> told = seen.only(ticket);
        assertThat(told).containsEntry("resourceType", "ticket").containsEntry("change", "UPSERT");
        assertThat(told.get("etag"))
                .isEqualTo(Api.as(requester).get("/api/v1/tickets/" + ticket).header("ETag"));
        assertThat(ticketOf(told)).containsEntry("assigneeId", agentId).containsEntry("tags", List.of());
        Map<String, Object> toldReply = seen.only(reply);
        assertThat(toldReply)
                .containsEntry("resourceType", "comment")
                .containsEntry("ticketId", ticket)
                .doesNotContainKey("etag");
        assertThat(commentOf(toldReply)).containsEntry("body", "Which floor?");
        assertThat(seen.about(note)).isEmpty();
        assertThat(seen.about(theirs)).isEmpty();

        Synced deskSeen = TestSync.after(agent, desk);
        assertThat(commentOf(deskSeen.only(note))).containsEntry("visibility", "INTERNAL");
        assertThat(deskSeen.only(theirs)).containsEntry("change", "UPSERT");
        assertThat(deskSeen.only(ticket).get("etag"))
                .isEqualTo(Api.as(agent).get("/api/v1/tickets/" + ticket).header("ETag"));
    }

    @Test
    void shouldListAResourceOncePerPageWhereItLastChanged() {
        String start = TestSync.end(requester);
        String first = printerJam(requester);
        String second = printerJam(requester);
        String reply = comment(requester, first, "PUBLIC", "Still jammed");
        TestEvents.place();

        var page = TestSync.page(requester, start, 200);
        List<String> ids = page.getList("items.id");
        // The first ticket where the reply touched it, then the reply, in the same commit.
        assertThat(ids).doesNotHaveDuplicates().containsSubsequence(second, first, reply);

        List<String> oneByOne = new ArrayList<>();
        String cursor = start;
        boolean more = true;
        while (more) {
            var one = TestSync.page(requester, cursor, 1);
            oneByOne.addAll(one.getList("items.id"));
            cursor = one.getString("nextCursor");
            more = one.getBoolean("hasMore");
        }
        assertThat(lastOccurrences(oneByOne)).isEqualTo(ids);
        assertThat(TestSync.after(requester, cursor).items()).isEmpty();
    }

    /** Each id once, where it last was. */
    private static List<String> lastOccurrences(List<String> ids) {
        Set<String> seen = new LinkedHashSet<>();
        for (String id : ids) {
            seen.remove(id);
            seen.add(id);
        }
        return List.copyOf(seen);
    }

    @Test
    void shouldTombstoneWhatACallerNoLongerMaySeeAndTellNobodyOfWhatTheyNeverCould() {
        String owner = requester.signIn();
        String newOwner = otherRequester.signIn();
        TestUser stranger = TestUser.with(Role.REQUESTER);
        String ownerCursor = TestSync.end(requester);
        String newOwnerCursor = TestSync.end(otherRequester);
        String strangerCursor = TestSync.end(stranger);
        String item = TestCis.item("LAPTOP", owner, "LOW");
        String ticket = Api.as(requester)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "Laptop will not boot", "ciIds": ["%s"]}""".formatted(item))
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Synced owned = TestSync.after(requester, ownerCursor);
        assertThat(ticketOf(owned.only(ticket))).containsEntry("ciIds", List.of(item));
        assertThat(owned.only(item))
                .containsEntry("change", "UPSERT")
                .containsEntry("resourceType", "configuration_item");
        assertThat(owned.only(item).get("etag"))
                .isEqualTo(Api.as(requester).get("/api/v1/cis/" + item).header("ETag"));

        Api.as(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", Api.as(admin).get("/api/v1/cis/" + item).header("ETag"))
                .body("""
                        {"ownerId": "%s"}""".formatted(newOwner))
                .patch("/api/v1/cis/" + item)
                .then()
                .statusCode(200);

        Synced given = TestSync.after(requester, owned.cursor());
        assertThat(given.only(item))
                .isEqualTo(Map.of("resourceType", "configuration_item", "id", item, "change", "DELETE"));
        assertThat(ticketOf(given.only(ticket))).containsEntry("ciIds", List.of());
        assertThat(TestSync.after(otherRequester, newOwnerCursor).only(item)).containsEntry("change", "UPSERT");
        assertThat(TestSync.after(stranger, strangerCursor).about(item)).isEmpty();
    }

    @Test
    void shouldBringPublishedPublicArticlesToRequestersAndTakeThemAwayWhenArchived() {
        TestUser author = TestUser.with(Role.AGENT);
        TestUser supervisor = TestUser.with(Role.SUPERVISOR);
        String readerCursor = TestSync.end(requester);
        String deskCursor = TestSync.end(author);
        String supervisorCursor = TestSync.end(supervisor);
        String article = TestArticles.inReview(author);

        Synced drafted = TestSync.after(requester, readerCursor);
        assertThat(drafted.about(article)).isEmpty();
        assertThat(TestSync.after(author, deskCursor).only(article)).containsEntry("change", "UPSERT");

        TestArticles.approve(supervisor, article);
        Synced published = TestSync.after(requester, drafted.cursor());
        assertThat(published.only(article)).containsEntry("change", "UPSERT");
        assertThat(articleOf(published.only(article))).containsEntry("status", "PUBLISHED");

        TestArticles.act(supervisor, article, "archive", """
                {"reason": "Every floor has the new printers."}""").then().statusCode(200);
        assertThat(TestSync.after(requester, published.cursor()).only(article))
                .isEqualTo(Map.of("resourceType", "article", "id", article, "change", "DELETE"));
        assertThat(articleOf(TestSync.after(supervisor, supervisorCursor).only(article)))
                .containsEntry("status", "ARCHIVED");
    }

    @Test
    void shouldBringAnAnnouncementToItsAudienceOnlyOnceItIsPublished() {
        TestUser facilities = TestUser.with(Role.REQUESTER).withDepartment("Facilities");
        String facilitiesCursor = TestSync.end(facilities);
        String financeCursor = TestSync.end(requester);
        TestUser author = TestUser.with(Role.AGENT);
        String announcement = TestAnnouncements.draft(author, """
                {"type": "GENERAL", "impact": "MINOR", "language": "en",
                 "text": {"title": "Lift maintenance", "body": "Lift B is out on Friday."},
                 "audience": {"kind": "DEPARTMENTS", "departments": ["facilities"]}}""");

        Synced drafted = TestSync.after(facilities, facilitiesCursor);
        assertThat(drafted.about(announcement)).isEmpty();

        TestAnnouncements.move(author, announcement, """
                {"to": "PENDING_APPROVAL"}""").then().statusCode(200);
        TestAnnouncements.move(admin, announcement, """
                {"to": "APPROVED"}""").then().statusCode(200);
        TestAnnouncements.move(admin, announcement, """
                {"to": "PUBLISHED"}""").then().statusCode(200);

        Map<String, Object> told = TestSync.after(facilities, drafted.cursor()).only(announcement);
        assertThat(told).containsEntry("change", "UPSERT");
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) told.get("announcement");
        assertThat(shown).containsEntry("status", "PUBLISHED");
        assertThat(TestSync.after(requester, financeCursor).about(announcement)).isEmpty();
    }

    @Test
    void shouldTellAChangeThatCommittedLateAfterOneThatCommittedFirstSoACursorNeverPassesIt() {
        String owner = requester.signIn();
        String early = TestCis.item("PRINTER", owner, "LOW");
        String late = TestCis.item("PRINTER", owner, "LOW");
        String cursor = TestSync.end(requester);
        SqlConnection slow = pool.getConnectionAndAwait();
        try {
            Transaction slowWork = slow.beginAndAwait();
            rename(slow, early);
            rename(pool, late);

            Synced first = TestSync.after(requester, cursor);
            assertThat(first.items()).extracting(item -> item.get("id")).containsExactly(late);

            slowWork.commitAndAwait();
            Synced then = TestSync.after(requester, first.cursor());
            assertThat(then.items()).extracting(item -> item.get("id")).containsExactly(early);
        } finally {
            slow.closeAndAwait();
        }
    }

    @Test
    void shouldAnswerACursorItDidNotIssueWithA400AndNoTokenWithA401() {
        problem(Api.as(requester).queryParam("cursor", "not-a-cursor").get("/api/v1/sync"), 400, "validation")
                .body("errors.field", hasItem("cursor"));
        String eventsCursor =
                Api.as(admin).get("/api/v1/events").then().extract().path("nextCursor");
        problem(Api.as(requester).queryParam("cursor", eventsCursor).get("/api/v1/sync"), 400, "validation")
                .body("errors.field", hasItem("cursor"));
        problem(Api.hostile(requester).queryParam("limit", 0).get("/api/v1/sync"), 400, "validation")
                .body("errors.field", hasItem("limit"));
        problem(Api.anonymous().get("/api/v1/sync"), 401, "unauthorized");
    }

    @Test
    void shouldRefuseACursorIssuedUnderOtherKeysSinceTheCopyItContinuesMayHoldWhatTheCallerMayNoLongerSee() {
        String financeCursor = TestSync.end(requester);
        TestUser movedOn = requester.withDepartment("Facilities");
        problem(Api.as(movedOn).queryParam("cursor", financeCursor).get("/api/v1/sync"), 409, "conflict")
                .body("detail", containsString("sync again from the start"));
        TestUser promoted = new TestUser(
                requester.subject(),
                requester.name(),
                requester.email(),
                requester.department(),
                false,
                Set.of("AGENT"));
        problem(Api.as(promoted).queryParam("cursor", financeCursor).get("/api/v1/sync"), 409, "conflict");
        assertThat(TestSync.page(requester, financeCursor, 10).getString("nextCursor"))
                .isNotNull();
    }

    private static void rename(SqlClient client, String item) {
        client.preparedQuery("UPDATE ci SET name = name || ' (renamed)' WHERE id = $1")
                .executeAndAwait(Tuple.of(UUID.fromString(item)));
    }

    static String comment(TestUser user, String ticket, String visibility, String body) {
        return Api.as(user)
                .contentType("application/json")
                .body("""
                        {"body": "%s", "visibility": "%s"}""".formatted(body, visibility))
                .post("/api/v1/tickets/" + ticket + "/comments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> ticketOf(Map<String, Object> change) {
        return (Map<String, Object>) change.get("ticket");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> commentOf(Map<String, Object> change) {
        return (Map<String, Object>) change.get("comment");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> articleOf(Map<String, Object> change) {
        return (Map<String, Object>) change.get("article");
    }
}
