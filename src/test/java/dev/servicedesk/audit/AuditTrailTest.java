package dev.servicedesk.audit;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.Contract;
import dev.servicedesk.support.TestAnnouncements;
import dev.servicedesk.support.TestArticles;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every configuration change leaves an entry, in its own transaction, with who made it and the
 * resource before and after: each operation the contract marks {@code x-audit} is made here and
 * its entry read back.
 */
@QuarkusTest
class AuditTrailTest {
    private final TestUser admin = TestUser.with(Role.ADMIN);
    private final TestUser author = TestUser.with(Role.AGENT);

    @Inject
    Pool pool;

    /** What one operation was done to and what its entry must say. */
    private record Made(String resourceId, String resourceType, String action) {}

    @Test
    void shouldRecordEveryOperationTheContractMarksAsAudited() {
        Map<String, Supplier<Made>> operations = operations();
        Map<String, List<String>> audited = auditedOperations();
        assertThat(operations.keySet()).containsExactlyInAnyOrderElementsOf(audited.keySet());
        String actor = admin.signIn();

        for (Map.Entry<String, Supplier<Made>> operation : operations.entrySet()) {
            Instant before = Instant.now().minus(1, ChronoUnit.SECONDS);
            Made made = operation.getValue().get();

            JsonPath entries = Api.as(admin)
                    .queryParam("resourceId", made.resourceId())
                    .queryParam("from", before.toString())
                    .get("/api/v1/audit")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            String what = operation.getKey() + ": " + entries.prettify();
            assertThat(entries.getString("items[0].resourceType")).as(what).isEqualTo(made.resourceType());
            assertThat(entries.getString("items[0].action")).as(what).isEqualTo(made.action());
            assertThat(entries.getString("items[0].actorId")).as(what).isEqualTo(actor);
            assertThat(audited.get(operation.getKey())).as(what).contains(made.resourceType(), made.action());
            Object beforeValue = entries.get("items[0].before");
            Object afterValue = entries.get("items[0].after");
            assertThat(beforeValue == null).as(what).isEqualTo(made.action().equals("CREATED"));
            assertThat(afterValue == null).as(what).isEqualTo(made.action().equals("DELETED"));
            if (beforeValue != null && afterValue != null) {
                assertThat(afterValue).as("what changed, %s", what).isNotEqualTo(beforeValue);
            }
        }
    }

    @Test
    void shouldRecordAnAnnouncementsApprovalWithWhoAskedAndWhoDecided() {
        String id = TestAnnouncements.draft(author, TestAnnouncements.NOTICE);
        TestAnnouncements.move(author, id, """
                        {"to": "PENDING_APPROVAL"}""").then().statusCode(200);
        TestAnnouncements.move(admin, id, """
                        {"to": "APPROVED"}""").then().statusCode(200);

        JsonPath entries = trailOf(id);
        assertThat(entries.getList("items.action", String.class)).containsExactly("APPROVED");
        assertThat(entries.getString("items[0].before.status")).isEqualTo("PENDING_APPROVAL");
        assertThat(entries.getString("items[0].after.status")).isEqualTo("APPROVED");
        assertThat(entries.getString("items[0].after.approval.submittedById")).isEqualTo(author.signIn());
        assertThat(entries.getString("items[0].after.approval.decidedById")).isEqualTo(admin.signIn());
    }

    @Test
    void shouldKeepWhatAnApprovalSetsOnTheWholeArticle() {
        String article = TestArticles.inReview(author);
        TestArticles.approve(admin, article);

        JsonPath entries = trailOf(article);
        assertThat(entries.getString("items[0].before.status")).isNotEqualTo("PUBLISHED");
        assertThat(entries.getString("items[0].after.status")).isEqualTo("PUBLISHED");
        assertThat(entries.getString("items[0].after.visibility")).isEqualTo("PUBLIC");
        assertThat(entries.getList("items[0].after.tags", String.class)).containsExactly("printing");
        assertThat(entries.getInt("items[0].after.language.published.revision")).isEqualTo(1);
    }

    @Test
    void shouldKeepTheOldAndNewValuesOfAChange() {
        String rule = create("/api/v1/routing-rules", """
                {"name": "Audit %s", "enabled": false, "conditions": {"keywords": ["audit-test"]}, "actions": {"tags": ["audited"]}}""".formatted(UUID.randomUUID()));
        patch("/api/v1/routing-rules/" + rule, """
                {"onMatch": "CONTINUE", "description": "Kept on for the audit"}""");

        JsonPath entries = trailOf(rule);
        assertThat(entries.getList("items.action", String.class)).containsExactly("UPDATED", "CREATED");
        assertThat(entries.getString("items[0].before.onMatch")).isEqualTo("STOP");
        assertThat(entries.getString("items[0].after.onMatch")).isEqualTo("CONTINUE");
        assertThat(entries.getString("items[0].before.description")).isNull();
        assertThat(entries.getString("items[0].after.description")).isEqualTo("Kept on for the audit");
        assertThat(entries.getString("items[1].after.name")).startsWith("Audit ");
        assertThat(entries.getString("items[0].occurredAt"))
                .isGreaterThanOrEqualTo(entries.getString("items[1].occurredAt"));
    }

    @Test
    void shouldRecordQueueMembership() {
        String member = TestUser.with(Role.AGENT).signIn();
        String queue = create("/api/v1/queues", """
                {"name": "Audit %s", "tier": 2}""".formatted(UUID.randomUUID()));
        patch("/api/v1/queues/" + queue, """
                {"memberIds": ["%s"]}""".formatted(member));

        JsonPath entries = trailOf(queue);
        assertThat(entries.getList("items[0].before.memberIds", String.class)).isEmpty();
        assertThat(entries.getList("items[0].after.memberIds", String.class)).containsExactly(member);
    }

    @Test
    void shouldNeverShowAWebhooksSecret() {
        Response created =
                Api.as(admin).contentType("application/json").body("""
                        {"url": "http://127.0.0.1:9/audit", "eventTypes": ["ticket.created"]}""").post("/api/v1/webhooks");
        String id = created.then().statusCode(201).extract().path("id");
        String secret = created.then().extract().path("secret");
        String rotated = Api.as(admin)
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/webhooks/" + id + "/secret-rotations")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");

        String trail =
                Api.as(admin).queryParam("resourceId", id).get("/api/v1/audit").asString();
        assertThat(trail).contains("SECRET_ROTATED").doesNotContain(secret).doesNotContain(rotated);
    }

    @Test
    void shouldFilterByTypeActorAndPeriodAndPageNewestFirst() {
        TestUser otherAdmin = TestUser.with(Role.ADMIN);
        Instant from = Instant.now().minus(1, ChronoUnit.SECONDS);
        for (int i = 0; i < 3; i++) {
            Api.as(otherAdmin)
                    .contentType("application/json")
                    .body("""
                            {"name": "Audit blackout %s", "start": "2031-01-01T00:00:00Z", "end": "2031-01-02T00:00:00Z"}""".formatted(UUID.randomUUID()))
                    .post("/api/v1/change-blackouts")
                    .then()
                    .statusCode(201);
        }
        JsonPath first = Api.as(admin)
                .queryParam("actorId", otherAdmin.signIn())
                .queryParam("resourceType", "CHANGE_BLACKOUT")
                .queryParam("from", from.toString())
                .queryParam("limit", 2)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(first.getList("items")).hasSize(2);
        JsonPath second = Api.as(admin)
                .queryParam("actorId", otherAdmin.signIn())
                .queryParam("resourceType", "CHANGE_BLACKOUT")
                .queryParam("from", from.toString())
                .queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(second.getList("items")).hasSize(1);
        assertThat(second.getString("nextCursor")).isNull();
        assertThat(second.getString("items[0].occurredAt")).isLessThanOrEqualTo(first.getString("items[1].occurredAt"));
        assertThat(Api.as(admin)
                        .queryParam("actorId", otherAdmin.signIn())
                        .queryParam("to", from.toString())
                        .get("/api/v1/audit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items"))
                .isEmpty();
        problem(Api.hostile(admin).queryParam("resourceType", "TICKET").get("/api/v1/audit"), 400, "validation");
        problem(Api.hostile(admin).queryParam("actorId", "me").get("/api/v1/audit"), 400, "validation");
    }

    @Test
    void shouldBeReadByAdminsOnly() {
        for (Role role : List.of(Role.REQUESTER, Role.AGENT, Role.SUPERVISOR, Role.INTEGRATION)) {
            problem(Api.as(TestUser.with(role)).get("/api/v1/audit"), 403, "forbidden");
        }
    }

    @Test
    void shouldNeverChangeOrRemoveAnEntry() {
        String rule = create("/api/v1/routing-rules", """
                {"name": "Audit %s", "enabled": false, "conditions": {"keywords": ["audit-test"]}, "actions": {"tags": ["audited"]}}""".formatted(UUID.randomUUID()));
        for (String statement : List.of(
                "UPDATE audit_entry SET action = 'DELETED' WHERE resource_id = '" + rule + "'",
                "DELETE FROM audit_entry WHERE resource_id = '" + rule + "'",
                "TRUNCATE audit_entry")) {
            assertThatThrownBy(() -> pool.query(statement).execute().await().indefinitely())
                    .as(statement)
                    .hasMessageContaining("append-only");
        }
        assertThat(trailOf(rule).getList("items")).hasSize(1);
    }

    @Test
    void shouldRecordNothingForARefusedChange() {
        String rule = create("/api/v1/routing-rules", """
                {"name": "Audit %s", "enabled": false, "conditions": {"keywords": ["audit-test"]}, "actions": {"tags": ["audited"]}}""".formatted(UUID.randomUUID()));
        Api.hostile(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"999\"")
                .body("""
                        {"enabled": false}""")
                .patch("/api/v1/routing-rules/" + rule)
                .then()
                .statusCode(412);

        assertThat(trailOf(rule).getList("items.action", String.class)).containsExactly("CREATED");
    }

    private Map<String, Supplier<Made>> operations() {
        Map<String, Supplier<Made>> operations = new LinkedHashMap<>();
        Map<String, String> made = new HashMap<>();
        operations.put("replacePriorityMatrix", () -> {
            Response current = Api.as(admin).get("/api/v1/priority-matrix");
            Api.as(admin)
                    .contentType("application/json")
                    .header("If-Match", current.header("ETag"))
                    .body(Map.of("cells", current.jsonPath().getList("cells")))
                    .put("/api/v1/priority-matrix")
                    .then()
                    .statusCode(200);
            return new Made("default", "PRIORITY_MATRIX", "REPLACED");
        });
        operations.put("createQueue", () -> {
            made.put("queue", create("/api/v1/queues", """
                    {"name": "Audit %s", "tier": 2}""".formatted(UUID.randomUUID())));
            return new Made(made.get("queue"), "QUEUE", "CREATED");
        });
        operations.put("updateQueue", () -> {
            patch("/api/v1/queues/" + made.get("queue"), """
                    {"description": "Audited"}""");
            return new Made(made.get("queue"), "QUEUE", "UPDATED");
        });
        crud(operations, made, "RoutingRule", "/api/v1/routing-rules", "ROUTING_RULE", """
                {"name": "Audit %s", "enabled": false, "conditions": {"keywords": ["audit-test"]}, "actions": {"tags": ["audited"]}}""", """
                {"description": "Audited"}""");
        crud(operations, made, "Calendar", "/api/v1/calendars", "CALENDAR", """
                {"name": "Audit %s", "timeZone": "Europe/Lisbon", "alwaysOpen": true}""", """
                {"description": "Audited"}""");
        String calendar = create("/api/v1/calendars", """
                {"name": "Audit %s", "timeZone": "Europe/Lisbon", "alwaysOpen": true}""".formatted(UUID.randomUUID()));
        crud(
                operations,
                made,
                "SlaPolicy",
                "/api/v1/sla-policies",
                "SLA_POLICY",
                """
                {"name": "Audit %s", "enabled": false, "calendarId": "CALENDAR",
                 "targets": {"LOW": {"firstResponseMinutes": 60, "resolutionMinutes": 600}}}""".replace("CALENDAR", calendar),
                """
                {"description": "Audited"}""");
        crud(operations, made, "Webhook", "/api/v1/webhooks", "WEBHOOK", """
                {"url": "http://127.0.0.1:9/audit-%s", "eventTypes": ["ticket.created"]}""", """
                {"description": "Audited"}""");
        operations.put("rotateWebhookSecret", () -> {
            String id = create("/api/v1/webhooks", """
                    {"url": "http://127.0.0.1:9/audit", "eventTypes": ["ticket.created"]}""");
            Api.as(admin)
                    .contentType("application/json")
                    .body("{}")
                    .post("/api/v1/webhooks/" + id + "/secret-rotations")
                    .then()
                    .statusCode(201);
            return new Made(id, "WEBHOOK", "SECRET_ROTATED");
        });
        operations.put("approveKbArticle", () -> {
            String article = TestArticles.inReview(author);
            TestArticles.approve(admin, article);
            return new Made(article, "KB_ARTICLE", "APPROVED");
        });
        operations.put("rejectKbArticle", () -> {
            String article = TestArticles.inReview(author);
            TestArticles.act(admin, article, "reject", """
                            {"reason": "Say which firmware fixes it."}""").then().statusCode(200);
            return new Made(article, "KB_ARTICLE", "REJECTED");
        });
        operations.put("transitionAnnouncement", () -> {
            String id = TestAnnouncements.draft(author, TestAnnouncements.NOTICE);
            TestAnnouncements.move(author, id, """
                            {"to": "PENDING_APPROVAL"}""").then().statusCode(200);
            TestAnnouncements.move(admin, id, """
                            {"to": "REJECTED", "reason": "Name the floors."}""").then().statusCode(200);
            return new Made(id, "ANNOUNCEMENT", "REJECTED");
        });
        operations.put("replaceCiTypeSchema", () -> {
            Response current = Api.as(admin).get("/api/v1/ci-types/PRINTER");
            Api.as(admin)
                    .contentType("application/json")
                    .header("If-Match", current.header("ETag"))
                    .body(Map.of("attributesSchema", current.jsonPath().getMap("attributesSchema")))
                    .put("/api/v1/ci-types/PRINTER")
                    .then()
                    .statusCode(200);
            return new Made("PRINTER", "CI_TYPE", "REPLACED");
        });
        operations.put("createChangeBlackout", () -> {
            made.put("blackout", create("/api/v1/change-blackouts", """
                    {"name": "Audit %s", "start": "2031-01-01T00:00:00Z", "end": "2031-01-02T00:00:00Z"}""".formatted(UUID.randomUUID())));
            return new Made(made.get("blackout"), "CHANGE_BLACKOUT", "CREATED");
        });
        operations.put("deleteChangeBlackout", () -> {
            Api.as(admin)
                    .delete("/api/v1/change-blackouts/" + made.get("blackout"))
                    .then()
                    .statusCode(204);
            return new Made(made.get("blackout"), "CHANGE_BLACKOUT", "DELETED");
        });
        return operations;
    }

    /** Create, update and delete of one kind of resource, one after the other. */
    private void crud(
            Map<String, Supplier<Made>> operations,
            Map<String, String> made,
            String name,
            String collection,
            String type,
            String newOne,
            String patch) {
        operations.put("create" + name, () -> {
            made.put(name, create(collection, newOne.formatted(UUID.randomUUID())));
            return new Made(made.get(name), type, "CREATED");
        });
        operations.put("update" + name, () -> {
            patch(collection + "/" + made.get(name), patch);
            return new Made(made.get(name), type, "UPDATED");
        });
        operations.put("delete" + name, () -> {
            String etag = Api.as(admin).get(collection + "/" + made.get(name)).header("ETag");
            Api.as(admin)
                    .header("If-Match", etag)
                    .delete(collection + "/" + made.get(name))
                    .then()
                    .statusCode(204);
            return new Made(made.get(name), type, "DELETED");
        });
    }

    private String create(String collection, String json) {
        return Api.as(admin)
                .contentType("application/json")
                .body(json)
                .post(collection)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void patch(String path, String json) {
        String etag = Api.as(admin).get(path).header("ETag");
        Api.as(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(json)
                .patch(path)
                .then()
                .statusCode(200);
    }

    private JsonPath trailOf(String resourceId) {
        return Api.as(admin)
                .queryParam("resourceId", resourceId)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The contract's audited operations, each with the resource type and actions it names. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> auditedOperations() {
        Map<String, List<String>> audited = new HashMap<>();
        new OpenAPIV3Parser()
                .readContents(Contract.text())
                .getOpenAPI()
                .getPaths()
                .values()
                .forEach(item -> item.readOperations().forEach(operation -> {
                    if (operation.getExtensions() != null
                            && operation.getExtensions().containsKey("x-audit")) {
                        Map<String, Object> audit =
                                (Map<String, Object>) operation.getExtensions().get("x-audit");
                        List<String> named = new ArrayList<>((List<String>) audit.get("actions"));
                        named.add((String) audit.get("resourceType"));
                        audited.put(operation.getOperationId(), named);
                    }
                }));
        return audited;
    }
}
