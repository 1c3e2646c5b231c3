package dev.servicedesk.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** Every error the service answers is RFC 9457 problem+json, whatever raised it. */
@QuarkusTest
class ProblemDetailsTest {
    private static final String VALID = """
            {"subject":"Printer","kind":"ALPHA","ref":"0b8e8a4e-2f46-4c2e-9a59-0e8f1c3e6b1a","count":1,
             "at":"2026-01-01T10:00:00Z","items":[{"label":"x"}],"nested":{"label":"y"}}""";

    @Test
    void shouldAcceptAValidBody() {
        json().body(VALID).post("/test-probe/echo").then().statusCode(200).body("subject", equalTo("Printer"));
    }

    @Test
    void shouldReportMalformedJson() {
        problem(json().body("{\"subject\": ").post("/test-probe/echo"), 400, "malformed-body")
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void shouldNameTheFieldOfAWrongType() {
        problem(
                        json().body(VALID.replace("\"count\":1", "\"count\":\"many\""))
                                .post("/test-probe/echo"),
                        400,
                        "validation")
                .body("errors.field", contains("count"))
                .body("errors.message", contains("must be an integer"));
    }

    @Test
    void shouldListTheValuesOfAnUnknownEnumValue() {
        problem(json().body(VALID.replace("ALPHA", "GAMMA")).post("/test-probe/echo"), 400, "validation")
                .body("errors.field", contains("kind"))
                .body("errors.message", contains("must be one of [ALPHA, BETA]"));
    }

    @Test
    void shouldRejectAMalformedUuidAndTimestamp() {
        problem(json().body(VALID.replace("0b8e8a4e-", "zz")).post("/test-probe/echo"), 400, "validation")
                .body("errors.field", contains("ref"));
        problem(
                        json().body(VALID.replace("2026-01-01T10:00:00Z", "yesterday"))
                                .post("/test-probe/echo"),
                        400,
                        "validation")
                .body("errors.field", contains("at"));
    }

    @Test
    void shouldRejectAnUnknownField() {
        problem(
                        json().body(VALID.replace("{\"subject\"", "{\"colour\":\"red\",\"subject\""))
                                .post("/test-probe/echo"),
                        400,
                        "validation")
                .body("errors.field", contains("colour"))
                .body("errors.message", contains("is not a known field"));
    }

    @Test
    void shouldRequireABody() {
        problem(json().post("/test-probe/echo"), 400, "validation").body("errors.field", hasItem("body"));
    }

    @Test
    void shouldListEveryInvalidFieldWithItsPath() {
        String body = VALID.replace("\"Printer\"", "\"far too long a subject\"")
                .replace("\"count\":1", "\"count\":-1")
                .replace("{\"label\":\"x\"}", "{\"label\":\"\"}");
        problem(json().body(body).post("/test-probe/echo"), 400, "validation")
                .body("errors.field", contains("count", "items[0].label", "subject"));
    }

    @Test
    void shouldAnswer404ForAnUnknownPath() {
        problem(Api.hostile().get("/api/v1/no-such-thing"), 404, "not-found")
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void shouldAnswer405WithAllowForAnUnsupportedMethod() {
        TestUser user = TestUser.with(Role.AGENT);
        problem(Api.hostile(user).delete("/api/v1/me"), 405, "method-not-allowed")
                .header("Allow", containsString("GET"));
    }

    @Test
    void shouldAnswer406WhenNoAcceptableMediaType() {
        TestUser user = TestUser.with(Role.AGENT);
        problem(Api.hostile(user).accept("text/html").get("/api/v1/me"), 406, "not-acceptable");
    }

    @Test
    void shouldAnswer415ForAnotherContentType() {
        problem(
                Api.hostile().contentType("text/plain").body("hello").post("/test-probe/echo"),
                415,
                "unsupported-media-type");
    }

    @Test
    void shouldHideTheCauseOfAnUnexpectedError() {
        problem(Api.hostile().get("/test-probe/boom"), 500, "internal")
                .body("correlationId", notNullValue())
                .body(not(containsString("secret_table")))
                .body(not(containsString("IllegalStateException")));
    }

    private static RequestSpecification json() {
        return Api.hostile().contentType("application/json");
    }

    static ValidatableResponse problem(io.restassured.response.Response response, int status, String kind) {
        return response.then()
                .log()
                .ifValidationFails()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:servicedesk:problem:" + kind))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", notNullValue())
                .body(not(containsString("\tat ")));
    }
}
