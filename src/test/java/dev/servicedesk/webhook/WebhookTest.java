package dev.servicedesk.webhook;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static dev.servicedesk.support.TestTickets.printerJam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestUser;
import dev.servicedesk.support.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookTest {
    @Inject
    TestClock clock;

    private final TestUser integration = TestUser.with(Role.INTEGRATION);
    private final TestUser otherIntegration = TestUser.with(Role.INTEGRATION);
    private final TestUser admin = TestUser.with(Role.ADMIN);
    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void cleanUp() {
        clock.release();
        receiver.close();
    }

    @Test
    void shouldKeepAnIntegrationsWebhooksItsOwnAndShowTheSecretOnlyOnce() {
        Response created = create(integration, receiver.url("/mine"), "ticket.created");
        created.then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("secret", notNullValue())
                .body("enabled", equalTo(true))
                .body("ownerId", equalTo(integration.signIn()))
                .body("eventTypes", contains("ticket.created"));
        String id = created.path("id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/webhooks/" + id);

        Api.as(integration).get("/api/v1/webhooks/" + id).then().statusCode(200).body("$", not(hasItem("secret")));
        Api.as(integration).get("/api/v1/webhooks").then().body("items.id", contains(id));
        Api.as(admin).queryParam("limit", 200).get("/api/v1/webhooks").then().body("items.id", hasItem(id));
        problem(Api.as(otherIntegration).get("/api/v1/webhooks/" + id), 404, "not-found");
        Api.as(otherIntegration).get("/api/v1/webhooks").then().body("items.id", not(hasItem(id)));
        problem(Api.as(otherIntegration).delete("/api/v1/webhooks/" + id), 404, "not-found");
        problem(Api.as(TestUser.with(Role.AGENT)).get("/api/v1/webhooks"), 403, "forbidden");
        problem(Api.as(TestUser.with(Role.SUPERVISOR)).get("/api/v1/webhooks/" + id), 403, "forbidden");
        problem(create(TestUser.with(Role.REQUESTER), receiver.url("/theirs"), "ticket.created"), 403, "forbidden");

        String etag = created.header("ETag");
        patch(integration, id, etag, """
                {"eventTypes": ["sla.breached", "sla.warning"], "description": null, "enabled": false}""")
                .then()
                .statusCode(200)
                .body("eventTypes", contains("sla.breached", "sla.warning"))
                .body("enabled", equalTo(false))
                .body("disabledReason", nullValue());
        problem(patch(integration, id, etag, """
                {"enabled": true}"""), 412, "precondition-failed");
        Api.as(integration).delete("/api/v1/webhooks/" + id).then().statusCode(204);
        problem(Api.as(integration).get("/api/v1/webhooks/" + id), 404, "not-found");
    }

    @Test
    void shouldRefuseWhatIsNoWebhookWithA400NamingTheField() {
        problem(
                        Api.hostile(integration)
                                .contentType("application/json")
                                .body("""
                                {"url": "%s", "eventTypes": ["ticket.exploded"]}""".formatted(receiver.url("/x")))
                                .post("/api/v1/webhooks"),
                        400,
                        "validation")
                .body("errors.field", hasItem(startsWith("eventTypes")));
        problem(
                        Api.hostile(integration)
                                .contentType("application/json")
                                .body("""
                                {"eventTypes": []}""")
                                .post("/api/v1/webhooks"),
                        400,
                        "validation")
                .body("errors.field", containsInAnyOrder("url", "eventTypes"));
        for (String url : new String[] {
            "ftp://example.org/hook", "/relative/hook", "http://user:pw@127.0.0.1/hook", "http://127.0.0.1:99999/hook"
        }) {
            problem(create(integration, url, "ticket.created"), 400, "validation")
                    .body("errors.field", contains("url"));
        }
    }

    @Test
    void shouldRefuseTargetsInPrivateLoopbackOrLinkLocalRangesUnlessAllowed() {
        for (String url : new String[] {
            "http://10.1.2.3/hook",
            "http://172.16.0.1/hook",
            "http://192.168.1.10/hook",
            "http://169.254.169.254/latest/meta-data",
            "http://127.0.0.2/hook",
            "http://[::1]/hook",
            "http://[fd00::1]/hook",
            "http://[::ffff:10.0.0.1]/hook",
            "http://0.0.0.0/hook",
            "http://100.64.0.1/hook"
        }) {
            problem(create(integration, url, "ticket.created"), 400, "validation")
                    .body("errors[0].field", equalTo("url"))
                    .body("errors[0].message", containsString("internal address"));
        }
        String id =
                create(integration, receiver.url("/allowed"), "ticket.created").path("id");
        problem(patch(integration, id, "*", """
                {"url": "http://192.168.0.1/moved"}"""), 400, "validation").body("errors.field", contains("url"));
        Api.as(integration).delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void shouldSignWithBothSecretsWhileARotationOverlapsAndWithTheNewOneAfter() {
        Response created = create(integration, receiver.url("/rotating"), "ticket.created");
        String id = created.path("id");
        String old = created.path("secret");
        Response rotated = Api.as(integration)
                .contentType("application/json")
                .body("""
                        {"overlapMinutes": 60}""")
                .post("/api/v1/webhooks/" + id + "/secret-rotations");
        rotated.then().statusCode(201).body("previousSecretExpiresAt", notNullValue());
        String fresh = rotated.path("secret");
        assertThat(fresh).isNotEqualTo(old).startsWith("whsec_");

        printerJam(TestUser.with(Role.REQUESTER));
        WebhookReceiver.Received during = receiver.await(Duration.ofSeconds(20));
        assertThat(during.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(during.verifiesWith(fresh)).isTrue();
        assertThat(during.verifiesWith(old)).isTrue();

        clock.pin(Instant.now().plus(Duration.ofMinutes(61)));
        printerJam(TestUser.with(Role.REQUESTER));
        WebhookReceiver.Received after = receiver.await(Duration.ofSeconds(20));
        assertThat(after.header("webhook-signature").split(" ")).hasSize(1);
        assertThat(after.verifiesWith(fresh)).isTrue();
        assertThat(after.verifiesWith(old)).isFalse();

        Api.as(integration)
                .contentType("application/json")
                .body("{\"overlapMinutes\": 0}")
                .post("/api/v1/webhooks/" + id + "/secret-rotations")
                .then()
                .statusCode(201)
                .body("previousSecretExpiresAt", nullValue());
        problem(
                        Api.hostile(integration)
                                .contentType("application/json")
                                .body("{\"overlapMinutes\": 100000}")
                                .post("/api/v1/webhooks/" + id + "/secret-rotations"),
                        400,
                        "validation")
                .body("errors.field", contains("overlapMinutes"));
        problem(
                Api.as(otherIntegration)
                        .contentType("application/json")
                        .body("{}")
                        .post("/api/v1/webhooks/" + id + "/secret-rotations"),
                404,
                "not-found");
        Api.as(integration).delete("/api/v1/webhooks/" + id).then().statusCode(204);
        problem(Api.as(integration).get("/api/v1/webhooks/" + UUID.randomUUID() + "/deliveries"), 404, "not-found");
    }

    private static Response create(TestUser user, String url, String... types) {
        return Api.hostile(user)
                .contentType("application/json")
                .body("""
                        {"url": "%s", "eventTypes": ["%s"]}""".formatted(url, String.join("\", \"", types)))
                .post("/api/v1/webhooks");
    }

    private static Response patch(TestUser user, String id, String etag, String json) {
        return Api.hostile(user)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(json)
                .patch("/api/v1/webhooks/" + id);
    }
}
