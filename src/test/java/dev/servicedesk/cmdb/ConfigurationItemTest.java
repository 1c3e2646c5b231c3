package dev.servicedesk.cmdb;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestEvents;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Configuration items: recorded and changed by the admin with every change in their history, read by the desk and by their owners. */
@QuarkusTest
class ConfigurationItemTest {
    private final TestUser admin = TestUser.with(Role.ADMIN);
    private final TestUser agent = TestUser.with(Role.AGENT);
    private final TestUser requester = TestUser.with(Role.REQUESTER);

    @Inject
    Pool pool;

    @Test
    void shouldRecordAnItemAndKeepEveryChangeWithItsOldAndNewValues() {
        String name = "db-" + UUID.randomUUID();
        Response created = Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": " %s ", "assetTag": "SRV-%s", "type": "DATABASE", "environment": "PRODUCTION",
                         "criticality": "CRITICAL", "location": "Lisbon DC",
                         "attributes": {"engine": "PostgreSQL", "storageGb": 2048, "legacy": true}}""".formatted(name, UUID.randomUUID()))
                .post("/api/v1/cis");
        created.then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("name", equalTo(name))
                .body("status", equalTo("IN_USE"))
                .body("ownerId", nullValue())
                .body("attributes.storageGb", equalTo(2048))
                .body("allowedActions.update", equalTo(true));
        String id = created.path("id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/cis/" + id);
        Instant between = Instant.now();

        Api.as(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", created.header("ETag"))
                .body("""
                        {"status": "MAINTENANCE", "attributes": {"storageGb": 4096.0, "legacy": null, "replicas": 2}}""")
                .patch("/api/v1/cis/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("MAINTENANCE"))
                .body("attributes", equalTo(Map.of("engine", "PostgreSQL", "storageGb", 4096.0f, "replicas", 2)));

        Response history = Api.as(agent).get("/api/v1/cis/" + id + "/history");
        history.then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("UPDATED", "CREATED")))
                .body("items[0].changeId", nullValue())
                .body("items[0].actorId", equalTo(admin.signIn()))
                .body(
                        "items[0].changes.field",
                        equalTo(List.of("status", "attributes.legacy", "attributes.replicas", "attributes.storageGb")))
                .body("items[0].changes[0].old", equalTo("IN_USE"))
                .body("items[0].changes[0].new", equalTo("MAINTENANCE"))
                .body("items[0].changes[1].old", equalTo(true))
                .body("items[0].changes[1].new", nullValue())
                .body("items[0].changes[3].old", equalTo(2048))
                .body("items[1].changes.field", hasItem("attributes.engine"))
                .body("items[1].changes.find { it.field == 'name' }.new", equalTo(name));
        Api.as(agent)
                .queryParam("from", between.toString())
                .get("/api/v1/cis/" + id + "/history")
                .then()
                .body("items.action", equalTo(List.of("UPDATED")));
        Api.as(agent)
                .queryParam("to", between.toString())
                .queryParam("limit", 1)
                .get("/api/v1/cis/" + id + "/history")
                .then()
                .body("items.action", equalTo(List.of("CREATED")))
                .body("nextCursor", nullValue());

        Api.as(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", "*")
                .body("""
                        {"attributes": {"storageGb": 4096}}""")
                .patch("/api/v1/cis/" + id)
                .then()
                .statusCode(200);
        Api.as(agent).get("/api/v1/cis/" + id + "/history").then().body("items", hasSize(2));
        JsonPath events = TestEvents.about(id);
        assertThat(events.getList("items.type", String.class))
                .containsExactly("configuration_item.changed", "configuration_item.changed");
        assertThat(events.getList("items.data.action", String.class)).containsExactly("CREATED", "UPDATED");
        assertThat(events.getList("items.data.configurationItemId", String.class))
                .containsOnly(id);
        assertThat(events.getList("items[1].data.changes.field", String.class))
                .containsExactly("status", "attributes.legacy", "attributes.replicas", "attributes.storageGb");
        assertThat(events.getString("items[1].data.changes[0].new")).isEqualTo("MAINTENANCE");
        assertThat(events.getString("items[1].actorId")).isEqualTo(admin.signIn());
    }

    @Test
    void shouldNeverChangeOrRemoveHistory() {
        String id = item(admin, "LAPTOP", null);
        assertThatThrownBy(() -> pool.query("UPDATE ci_history SET action = 'UPDATED' WHERE ci_id = '" + id + "'")
                        .execute()
                        .await()
                        .indefinitely())
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> pool.query("DELETE FROM ci_history WHERE ci_id = '" + id + "'")
                        .execute()
                        .await()
                        .indefinitely())
                .hasMessageContaining("immutable");
    }

    @Test
    void shouldGuardChangesWithTheETagAndCheckWhatIsSent() {
        String id = item(admin, "SERVER", null);
        String etag = Api.as(admin).get("/api/v1/cis/" + id).header("ETag");
        problem(
                Api.hostile(admin)
                        .contentType("application/merge-patch+json")
                        .body("{\"location\": \"Porto\"}")
                        .patch("/api/v1/cis/" + id),
                428,
                "precondition-required");
        Api.as(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("{\"location\": \"Porto\"}")
                .patch("/api/v1/cis/" + id)
                .then()
                .statusCode(200);
        problem(
                Api.hostile(admin)
                        .contentType("application/merge-patch+json")
                        .header("If-Match", etag)
                        .body("{\"location\": \"Faro\"}")
                        .patch("/api/v1/cis/" + id),
                412,
                "precondition-failed");
        problem(
                Api.hostile(admin)
                        .contentType("application/json")
                        .body("""
                        {"name": "", "type": "SPACESHIP", "ownerId": "%s", "attributes": 5}""".formatted(UUID.randomUUID()))
                        .post("/api/v1/cis"),
                400,
                "validation");
        problem(
                        Api.hostile(admin)
                                .contentType("application/json")
                                .body("""
                        {"name": "x-%s", "type": "SERVER", "ownerId": "%s"}""".formatted(UUID.randomUUID(), UUID.randomUUID()))
                                .post("/api/v1/cis"),
                        400,
                        "validation")
                .body("errors.field", equalTo(List.of("ownerId")));
        problem(
                Api.hostile(admin)
                        .contentType("application/merge-patch+json")
                        .header("If-Match", "*")
                        .body("{\"attributes\": null}")
                        .patch("/api/v1/cis/" + id),
                400,
                "validation");
        problem(Api.as(agent).get("/api/v1/cis/" + UUID.randomUUID()), 404, "not-found");
    }

    @Test
    void shouldKeepNamesAndAssetTagsUniqueWhateverTheirCase() {
        String name = "Switch-" + UUID.randomUUID();
        String tag = "NET-" + UUID.randomUUID();
        Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "%s", "assetTag": "%s", "type": "NETWORK_DEVICE"}""".formatted(name, tag))
                .post("/api/v1/cis")
                .then()
                .statusCode(201);
        problem(
                Api.as(admin)
                        .contentType("application/json")
                        .body("""
                        {"name": "%s", "type": "NETWORK_DEVICE"}""".formatted(name.toLowerCase()))
                        .post("/api/v1/cis"),
                409,
                "conflict");
        problem(
                Api.as(admin)
                        .contentType("application/json")
                        .body("""
                        {"name": "other-%s", "assetTag": "%s", "type": "NETWORK_DEVICE"}""".formatted(UUID.randomUUID(), tag.toLowerCase()))
                        .post("/api/v1/cis"),
                409,
                "conflict");
    }

    @Test
    void shouldShowARequesterOnlyTheItemsTheyOwn() {
        String mine = item(admin, "LAPTOP", requester.signIn());
        String theirs = item(admin, "LAPTOP", TestUser.with(Role.REQUESTER).signIn());

        Api.as(requester)
                .get("/api/v1/cis")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(mine)))
                .body("items[0].allowedActions.readHistory", equalTo(false));
        Api.as(requester)
                .queryParam("ownerId", "me")
                .get("/api/v1/cis")
                .then()
                .body("items.id", equalTo(List.of(mine)));
        Api.as(requester)
                .queryParam("ownerId", UUID.randomUUID().toString())
                .get("/api/v1/cis")
                .then()
                .body("items", equalTo(List.of()));
        Api.as(requester).get("/api/v1/cis/" + mine).then().statusCode(200);
        problem(Api.as(requester).get("/api/v1/cis/" + theirs), 404, "not-found");
        problem(Api.as(requester).get("/api/v1/cis/" + mine + "/history"), 403, "forbidden");
        problem(
                Api.as(requester)
                        .contentType("application/merge-patch+json")
                        .header("If-Match", "*")
                        .body("{\"location\": \"Home\"}")
                        .patch("/api/v1/cis/" + mine),
                403,
                "forbidden");
        Api.as(agent).get("/api/v1/cis/" + theirs).then().statusCode(200).body("allowedActions.update", equalTo(false));
    }

    @Test
    void shouldFilterAndFindItemsByNameTagOrAttributeText() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String vpn = created(admin, """
                {"name": "Gateway %s", "type": "NETWORK_DEVICE", "criticality": "HIGH", "environment": "PRODUCTION",
                 "assetTag": "GW-%s-TAG",
                 "attributes": {"model": "VPN concentrator", "firmware": {"version": "9.8-%s"}}}""".formatted(marker, marker, marker));
        String test = created(admin, """
                {"name": "Gateway test %s", "type": "NETWORK_DEVICE", "criticality": "LOW", "environment": "TEST",
                 "status": "PLANNED"}""".formatted(marker));
        String retired = created(admin, """
                {"name": "Gateway old %s", "type": "NETWORK_DEVICE", "status": "RETIRED"}""".formatted(marker));

        Api.as(agent)
                .queryParam("q", "ＶＰＮ Concentrator")
                .get("/api/v1/cis")
                .then()
                .body("items.id", hasItem(vpn));
        Api.as(agent)
                .queryParam("q", "9.8-" + marker)
                .get("/api/v1/cis")
                .then()
                .body("items.id", equalTo(List.of(vpn)));
        Api.as(agent)
                .queryParam("q", "gw-" + marker + "-tag")
                .get("/api/v1/cis")
                .then()
                .body("items.id", equalTo(List.of(vpn)));
        Api.as(agent)
                .queryParam("q", marker)
                .queryParam("status", "IN_USE")
                .queryParam("status", "PLANNED")
                .get("/api/v1/cis")
                .then()
                .body("items.id", equalTo(List.of(vpn, test)));
        Api.as(agent)
                .queryParam("q", marker)
                .queryParam("criticality", "LOW")
                .get("/api/v1/cis")
                .then()
                .body("items.id", equalTo(List.of(test)));
        Api.as(agent)
                .queryParam("q", marker)
                .queryParam("environment", "PRODUCTION")
                .queryParam("type", "NETWORK_DEVICE")
                .get("/api/v1/cis")
                .then()
                .body("items.id", equalTo(List.of(vpn)));
        Response first =
                Api.as(agent).queryParam("q", marker).queryParam("limit", 2).get("/api/v1/cis");
        first.then().body("items.id", equalTo(List.of(vpn, retired)));
        Api.as(agent)
                .queryParam("q", marker)
                .queryParam("cursor", first.<String>path("nextCursor"))
                .get("/api/v1/cis")
                .then()
                .body("items.id", equalTo(List.of(test)))
                .body("nextCursor", nullValue());
        problem(Api.hostile(agent).queryParam("type", "SPACESHIP").get("/api/v1/cis"), 400, "validation");
    }

    @Test
    void shouldCheckAttributesAgainstTheSchemaTheAdminKeepsForTheType() {
        try {
            String stale = Api.as(agent).get("/api/v1/ci-types/STORAGE").header("ETag");
            String loose = created(admin, """
                    {"name": "Array %s", "type": "STORAGE", "attributes": {"vendor": "Acme"}}""".formatted(UUID.randomUUID()));
            String retiredLoose = created(admin, """
                    {"name": "Old array %s", "type": "STORAGE", "status": "RETIRED"}""".formatted(UUID.randomUUID()));
            String strict = """
                    {"attributesSchema": {"type": "object", "required": ["capacityTb"],
                      "properties": {"capacityTb": {"type": "integer", "minimum": 1}, "vendor": {"type": "string"}}}}""";
            String name = Api.as(admin).get("/api/v1/cis/" + loose).path("name");
            problem(replaceSchema("STORAGE", strict), 409, "conflict").body("detail", containsString(name));
            Api.as(admin)
                    .contentType("application/merge-patch+json")
                    .header("If-Match", "*")
                    .body("{\"attributes\": {\"capacityTb\": 40}}")
                    .patch("/api/v1/cis/" + loose)
                    .then()
                    .statusCode(200);
            replaceSchema("STORAGE", strict)
                    .then()
                    .statusCode(200)
                    .body("attributesSchema.required", equalTo(List.of("capacityTb")))
                    .body("updatedById", equalTo(admin.signIn()));
            Api.as(agent)
                    .get("/api/v1/ci-types/STORAGE")
                    .then()
                    .statusCode(200)
                    .body("attributesSchema.properties.capacityTb.minimum", equalTo(1));
            // The retired item still lacks capacityTb: retired items are exempt, and stay editable.
            Api.as(admin)
                    .contentType("application/merge-patch+json")
                    .header("If-Match", "*")
                    .body("{\"location\": \"Scrap yard\"}")
                    .patch("/api/v1/cis/" + retiredLoose)
                    .then()
                    .statusCode(200);
            problem(
                    Api.hostile(admin)
                            .contentType("application/merge-patch+json")
                            .header("If-Match", "*")
                            .body("{\"status\": \"IN_USE\"}")
                            .patch("/api/v1/cis/" + retiredLoose),
                    400,
                    "validation");

            problem(
                            Api.hostile(admin)
                                    .contentType("application/json")
                                    .body("""
                            {"name": "Array %s", "type": "STORAGE", "attributes": {"capacityTb": 0, "vendor": 7}}""".formatted(UUID.randomUUID()))
                                    .post("/api/v1/cis"),
                            400,
                            "validation")
                    .body("errors.field", equalTo(List.of("attributes.capacityTb", "attributes.vendor")));
            problem(
                            Api.hostile(admin)
                                    .contentType("application/json")
                                    .body("""
                            {"name": "Array %s", "type": "STORAGE"}""".formatted(UUID.randomUUID()))
                                    .post("/api/v1/cis"),
                            400,
                            "validation")
                    .body("errors.field", equalTo(List.of("attributes")))
                    .body("errors[0].message", containsString("capacityTb"));
            problem(
                    Api.hostile(admin)
                            .contentType("application/merge-patch+json")
                            .header("If-Match", "*")
                            .body("{\"type\": \"STORAGE\"}")
                            .patch("/api/v1/cis/" + item(admin, "SERVER", null)),
                    400,
                    "validation");

            problem(replaceSchema("STORAGE", """
                    {"attributesSchema": {"type": "objekt"}}"""), 400, "validation")
                    .body("errors[0].field", containsString("attributesSchema"));
            problem(replaceSchema("STORAGE", """
                    {"attributesSchema": {"$ref": "http://127.0.0.1:9/schema.json"}}"""), 400, "validation");
            problem(replaceSchema("STORAGE", """
                    {"attributesSchema": {"properties": {"a": {"$ref": "#/properties/a"}}}}"""), 400, "validation");
            problem(
                    Api.hostile(admin)
                            .contentType("application/json")
                            .header("If-Match", stale)
                            .body("{\"attributesSchema\": {}}")
                            .put("/api/v1/ci-types/STORAGE"),
                    412,
                    "precondition-failed");
            problem(replaceSchema("STORAGE", """
                    {"attributesSchema": {"$ref": "#/$defs/missing"}}"""), 400, "validation");
            problem(
                    Api.hostile(admin)
                            .contentType("application/json")
                            .body("{\"attributesSchema\": {}}")
                            .put("/api/v1/ci-types/STORAGE"),
                    428,
                    "precondition-required");
            problem(Api.hostile(agent).get("/api/v1/ci-types/SPACESHIP"), 404, "not-found");
            problem(
                    Api.as(agent)
                            .contentType("application/json")
                            .header("If-Match", "*")
                            .body("{\"attributesSchema\": {}}")
                            .put("/api/v1/ci-types/STORAGE"),
                    403,
                    "forbidden");
            Api.as(agent).get("/api/v1/ci-types").then().statusCode(200).body("items", hasSize(12));
        } finally {
            replaceSchema("STORAGE", """
                    {"attributesSchema": {"type": "object"}}""").then().statusCode(200);
        }
    }

    @Test
    void shouldRefuseAttributesThatCannotBeStoredAndLeaveOutNullMembers() {
        problem(
                        Api.hostile(admin)
                                .contentType("application/json")
                                .body("""
                                        {"name": "x-%s", "type": "OTHER", "attributes": {"size": 1e400}}""".formatted(UUID.randomUUID()))
                                .post("/api/v1/cis"),
                        400,
                        "validation")
                .body("errors.field", equalTo(List.of("attributes.size")));
        problem(
                Api.hostile(admin)
                        .contentType("application/json")
                        .body("""
                                {"name": "x-%s", "type": "OTHER", "attributes": %s}""".formatted(UUID.randomUUID(), "{\"a\":".repeat(40) + "1" + "}".repeat(40)))
                        .post("/api/v1/cis"),
                400,
                "validation");
        problem(
                        Api.hostile(admin)
                                .contentType("application/json")
                                .body("""
                                        {"name": "x-%s", "type": "OTHER", "attributes": {"k\\u0000": "v", "s": "a\\u0000b"}}""".formatted(UUID.randomUUID()))
                                .post("/api/v1/cis"),
                        400,
                        "validation")
                .body("errors.field", equalTo(List.of("attributes", "attributes.s")));
        Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "x-%s", "type": "OTHER", "attributes": {"gone": null, "kept": {"inner": null, "n": 1}}}""".formatted(UUID.randomUUID()))
                .post("/api/v1/cis")
                .then()
                .statusCode(201)
                .body("attributes", equalTo(Map.of("kept", Map.of("n", 1))));
    }

    @Test
    void shouldReplayACreateSentAgainWithTheSameKeyAndShowEachViewerItsOwnTag() {
        String key = UUID.randomUUID().toString();
        String body = """
                {"name": "Replayed %s", "type": "PRINTER"}""".formatted(key);
        Response first = Api.as(admin)
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/cis");
        first.then().statusCode(201);
        Api.as(admin)
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/cis")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        problem(
                Api.as(admin)
                        .header("Idempotency-Key", key)
                        .contentType("application/json")
                        .body("""
                                {"name": "Other %s", "type": "PRINTER"}""".formatted(key))
                        .post("/api/v1/cis"),
                422,
                "idempotency-key-reused");
        String id = first.path("id");
        String adminTag = Api.as(admin).get("/api/v1/cis/" + id).header("ETag");
        assertThat(Api.as(agent).get("/api/v1/cis/" + id).header("ETag")).isNotEqualTo(adminTag);
    }

    @Test
    void shouldPageThroughAnItemsHistoryNewestFirst() {
        String id = item(admin, "WORKSTATION", null);
        for (String room : List.of("A1", "B2", "C3")) {
            Api.as(admin)
                    .contentType("application/merge-patch+json")
                    .header("If-Match", "*")
                    .body("{\"location\": \"" + room + "\"}")
                    .patch("/api/v1/cis/" + id)
                    .then()
                    .statusCode(200);
        }
        Response first = Api.as(agent).queryParam("limit", 3).get("/api/v1/cis/" + id + "/history");
        first.then().body("items.collect { it.changes[0].new }", equalTo(List.of("C3", "B2", "A1")));
        Api.as(agent)
                .queryParam("limit", 3)
                .queryParam("cursor", first.<String>path("nextCursor"))
                .get("/api/v1/cis/" + id + "/history")
                .then()
                .body("items.action", equalTo(List.of("CREATED")))
                .body("nextCursor", nullValue());
    }

    @Test
    void shouldGiveUpCheckingAgainstARegularExpressionThatNeverEnds() {
        try {
            replaceSchema("PRINTER", """
                    {"attributesSchema": {"type": "object", "properties": {"code": {"pattern": "(.*a){20}b"}}}}""").then().statusCode(200);
            problem(
                            Api.hostile(admin)
                                    .contentType("application/json")
                                    .body("""
                                            {"name": "p-%s", "type": "PRINTER", "attributes": {"code": "%s"}}""".formatted(UUID.randomUUID(), "a".repeat(60)))
                                    .post("/api/v1/cis"),
                            400,
                            "validation")
                    .body("errors.field", equalTo(List.of("attributes")));
        } finally {
            replaceSchema("PRINTER", """
                    {"attributesSchema": {"type": "object"}}""").then().statusCode(200);
        }
    }

    private Response replaceSchema(String type, String body) {
        return Api.hostile(admin)
                .contentType("application/json")
                .header("If-Match", "*")
                .body(body)
                .put("/api/v1/ci-types/" + type);
    }

    private static String item(TestUser admin, String type, String ownerId) {
        return created(admin, """
                {"name": "%s %s", "type": "%s", "ownerId": %s}""".formatted(
                        type.toLowerCase(), UUID.randomUUID(), type, ownerId == null ? "null" : "\"" + ownerId + "\""));
    }

    private static String created(TestUser admin, String json) {
        return Api.as(admin)
                .contentType("application/json")
                .body(json)
                .post("/api/v1/cis")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
