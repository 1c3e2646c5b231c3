package dev.servicedesk.ticket;

import static dev.servicedesk.support.TestTickets.move;
import static dev.servicedesk.support.TestTickets.printerJam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A requester sees only the public story: fails before issue 23, when reasons and parents showed through. */
@QuarkusTest
class RequesterViewTest {
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final Set<String> PUBLIC = Set.of("PUBLIC");
    private static final Set<String> INTERNAL = Set.of("INTERNAL");
    private static final Set<String> EITHER = Set.of("PUBLIC", "INTERNAL");

    /** The visibility the contract (TimelineEntry) gives each kind of entry. */
    private static final Map<String, Set<String>> VISIBILITY_OF_KIND = Map.ofEntries(
            Map.entry("CREATED", PUBLIC),
            Map.entry("COMMENT", EITHER),
            Map.entry("STATUS_CHANGED", PUBLIC),
            Map.entry("UPDATED", PUBLIC),
            Map.entry("PRIORITY_OVERRIDDEN", INTERNAL),
            Map.entry("RESOLVED_WITH_PARENT", INTERNAL),
            Map.entry("LINKED", INTERNAL),
            Map.entry("UNLINKED", INTERNAL),
            Map.entry("ASSIGNED", INTERNAL),
            Map.entry("ROUTED", INTERNAL),
            Map.entry("SLA_RETARGETED", INTERNAL),
            Map.entry("SLA_WARNING", INTERNAL),
            Map.entry("SLA_BREACHED", INTERNAL),
            Map.entry("SLA_ESCALATION", INTERNAL),
            Map.entry("ESCALATED", EITHER),
            Map.entry("ESCALATION_ACKNOWLEDGED", EITHER),
            Map.entry("ESCALATION_DECLINED", INTERNAL),
            Map.entry("ESCALATION_CLOSED", INTERNAL));

    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private final String marker = "desk-only-" + UUID.randomUUID();

    @Test
    void shouldLogAPriorityOverrideReasonOnlyForTheDesk() {
        TestUser agent = TestQueues.frontLineAgent();
        String ticket = printerJam(requester);

        patch(agent, ticket, """
                {"priority": "CRITICAL", "priorityReason": "%s"}""".formatted(marker)).then().statusCode(200).body("priority", equalTo("CRITICAL"));

        List<Map<String, Object>> desk = timeline(agent, ticket);
        Map<String, Object> updated = only(desk, "UPDATED");
        assertThat(updated.get("visibility")).isEqualTo("PUBLIC");
        assertThat(updated.get("body")).isNull();
        assertThat(changes(updated)).extracting(change -> change.get("field")).containsExactly("priority");
        assertThat(changes(updated).get(0).get("to")).isEqualTo("CRITICAL");
        Map<String, Object> overridden = only(desk, "PRIORITY_OVERRIDDEN");
        assertThat(overridden.get("visibility")).isEqualTo("INTERNAL");
        assertThat(overridden.get("body")).isEqualTo(marker);
        assertThat(changes(overridden).get(0).get("field")).isEqualTo("priority");
        assertThat(changes(overridden).get(0).get("to")).isEqualTo("CRITICAL");

        Response seen = Api.as(requester).queryParam("limit", 200).get(timelinePath(ticket));
        assertThat(seen.jsonPath().getList("items.kind", String.class))
                .contains("UPDATED")
                .doesNotContain("PRIORITY_OVERRIDDEN");
        assertThat(seen.asString()).doesNotContain(marker);
        assertThat(ticketJson(requester, ticket)).doesNotContain(marker).contains("CRITICAL");
    }

    @Test
    void shouldTellAChildsRequesterTheNotesWrittenForThemAndNotTheParent() {
        TestUser agent = TestQueues.frontLineAgent();
        TestUser childRequester = TestUser.with(Role.REQUESTER);
        String parent = printerJam(requester);
        String child = printerJam(childRequester);
        String parentKey = key(agent, parent);
        link(agent, parent, "PARENT_OF", child);

        move(agent, parent, resolve("""
                , "childResolutionNotes": "We replaced the VPN gateway."
                """)).then().statusCode(200).body("status", equalTo("RESOLVED"));

        Api.as(childRequester)
                .get("/api/v1/tickets/" + child)
                .then()
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("resolutionNotes", equalTo("We replaced the VPN gateway."));
        assertHidden(ticketJson(childRequester, child), parentKey);
        assertHidden(timelineJson(childRequester, child), parentKey);
        Map<String, Object> withParent = only(timeline(agent, child), "RESOLVED_WITH_PARENT");
        assertThat(withParent.get("visibility")).isEqualTo("INTERNAL");
        assertThat(withParent.get("body")).isEqualTo("Gateway firmware bug " + marker);
        @SuppressWarnings("unchecked")
        Map<String, Object> parentLink = (Map<String, Object>) withParent.get("link");
        assertThat(parentLink.get("ticketKey")).isEqualTo(parentKey);
        assertThat(parentLink.get("ticketId")).isEqualTo(parent);
    }

    @Test
    void shouldGiveAChildAStandardResolutionWhenTheDeskWroteNoneForIt() {
        TestUser agent = TestQueues.frontLineAgent();
        TestUser childRequester = TestUser.with(Role.REQUESTER);
        String parent = printerJam(requester);
        String child = printerJam(childRequester);
        String parentKey = key(agent, parent);
        link(agent, parent, "PARENT_OF", child);

        move(agent, parent, resolve("")).then().statusCode(200);

        Response seen = Api.as(childRequester).get("/api/v1/tickets/" + child);
        seen.then().statusCode(200).body("status", equalTo("RESOLVED"));
        String notes = seen.path("resolutionNotes");
        assertThat(notes).isNotBlank();
        assertThat(mentions(notes, parentKey))
                .as("mentions %s: %s", parentKey, notes)
                .isFalse();
        assertThat(notes).doesNotContain(marker);
        assertHidden(timelineJson(childRequester, child), parentKey);
    }

    @Test
    void shouldShowTheRequesterExactlyThePublicEntriesOfEveryKind() {
        TestQueues.Member member = TestQueues.memberOfNewQueue(1);
        TestUser agent = member.agent();
        String ticket = printerJam(requester);
        String other = printerJam(TestUser.with(Role.REQUESTER));
        String parent = printerJam(TestUser.with(Role.REQUESTER));

        comment(requester, ticket, """
                {"body": "It is still jamming", "visibility": "PUBLIC"}""");
        comment(agent, ticket, """
                {"body": "Toner looks empty %s", "visibility": "INTERNAL"}""".formatted(marker));
        comment(agent, ticket, """
                {"body": "A technician is on the way", "visibility": "PUBLIC"}""");
        patch(agent, ticket, """
                {"subject": "Printer 3F jams on duplex"}""").then().statusCode(200);
        patch(agent, ticket, """
                {"priority": "CRITICAL", "priorityReason": "Board meeting %s"}""".formatted(marker)).then().statusCode(200);
        TestQueues.assign(agent, ticket, """
                        {"queueId": "%s", "reason": "Ours now %s"}""".formatted(member.queueId(), marker))
                .then()
                .statusCode(200);
        move(agent, ticket, """
                {"to": "IN_PROGRESS"}""").then().statusCode(200);
        String related = link(agent, ticket, "RELATES_TO", other);
        Api.as(agent)
                .delete("/api/v1/tickets/" + ticket + "/links/" + related)
                .then()
                .statusCode(204);
        link(agent, parent, "PARENT_OF", ticket);
        move(agent, parent, resolve("""
                , "childResolutionNotes": "The print server was restarted."
                """)).then().statusCode(200);

        List<Map<String, Object>> desk = timeline(agent, ticket);
        assertThat(desk)
                .extracting(entry -> entry.get("kind"))
                .contains(
                        "CREATED",
                        "COMMENT",
                        "UPDATED",
                        "PRIORITY_OVERRIDDEN",
                        "ASSIGNED",
                        "STATUS_CHANGED",
                        "LINKED",
                        "UNLINKED",
                        "RESOLVED_WITH_PARENT");
        assertThat(desk).extracting(entry -> entry.get("visibility")).contains("PUBLIC", "INTERNAL");
        for (Map<String, Object> entry : desk) {
            assertThat(VISIBILITY_OF_KIND.get((String) entry.get("kind")))
                    .as("visibility of %s", entry)
                    .isNotNull()
                    .contains((String) entry.get("visibility"));
        }
        List<Map<String, Object>> publicEntries = desk.stream()
                .filter(entry -> "PUBLIC".equals(entry.get("visibility")))
                .toList();
        assertThat(timeline(requester, ticket)).isEqualTo(publicEntries);
        assertHidden(timelineJson(requester, ticket), key(agent, parent));
        assertHidden(ticketJson(requester, ticket), key(agent, parent));
        assertThat(mentions(timelineJson(requester, ticket), key(agent, other))).isFalse();
        Api.as(requester)
                .get("/api/v1/tickets/" + ticket)
                .then()
                .body("status", equalTo("RESOLVED"))
                .body("resolutionNotes", equalTo("The print server was restarted."));
    }

    /** Resolves a parent with its children; the parent's own notes carry the desk-only marker. */
    private String resolve(String extra) {
        return """
                {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Gateway firmware bug %s",
                 "resolveChildren": true%s}""".formatted(marker, extra);
    }

    /** Neither the desk-only marker nor the parent's key shows in what a requester reads. */
    private void assertHidden(String json, String parentKey) {
        assertThat(json).doesNotContain(marker);
        assertThat(mentions(json, parentKey))
                .as("mentions %s: %s", parentKey, json)
                .isFalse();
    }

    /** Whether the text names this key as a whole (INC-12 is not named by INC-123). */
    private static boolean mentions(String text, String key) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(key) + "(?!\\d)")
                .matcher(text)
                .find();
    }

    private static Map<String, Object> only(List<Map<String, Object>> entries, String kind) {
        List<Map<String, Object>> ofKind =
                entries.stream().filter(entry -> kind.equals(entry.get("kind"))).toList();
        assertThat(ofKind).as("%s entries in %s", kind, entries).hasSize(1);
        return ofKind.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> changes(Map<String, Object> entry) {
        return (List<Map<String, Object>>) entry.get("changes");
    }

    private static List<Map<String, Object>> timeline(TestUser user, String ticket) {
        Response page = Api.as(user).queryParam("limit", 200).get(timelinePath(ticket));
        page.then().statusCode(200).body("nextCursor", equalTo(null));
        return page.jsonPath().getList("items");
    }

    private static String timelineJson(TestUser user, String ticket) {
        Response page = Api.as(user).queryParam("limit", 200).get(timelinePath(ticket));
        page.then().statusCode(200);
        return page.asString();
    }

    private static String ticketJson(TestUser user, String ticket) {
        Response seen = Api.as(user).get("/api/v1/tickets/" + ticket);
        seen.then().statusCode(200);
        return seen.asString();
    }

    private static String key(TestUser user, String ticket) {
        return Api.as(user).get("/api/v1/tickets/" + ticket).path("key");
    }

    private static String link(TestUser user, String ticket, String type, String other) {
        return Api.as(user)
                .contentType("application/json")
                .body("""
                        {"type": "%s", "ticket": "%s"}""".formatted(type, other))
                .post("/api/v1/tickets/" + ticket + "/links")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void comment(TestUser user, String ticket, String json) {
        Api.as(user)
                .contentType("application/json")
                .body(json)
                .post("/api/v1/tickets/" + ticket + "/comments")
                .then()
                .statusCode(201);
    }

    private static Response patch(TestUser user, String ticket, String json) {
        String etag = Api.as(user).get("/api/v1/tickets/" + ticket).header("ETag");
        return Api.hostile(user)
                .contentType(MERGE_PATCH)
                .header("If-Match", etag)
                .body(json)
                .patch("/api/v1/tickets/" + ticket);
    }

    private static String timelinePath(String ticket) {
        return "/api/v1/tickets/" + ticket + "/timeline";
    }
}
