package dev.servicedesk.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** The shape every error answer shares: RFC 9457 problem+json of a stable kind. */
public final class ProblemAssertions {
    private ProblemAssertions() {}

    public static ValidatableResponse problem(Response response, int status, String kind) {
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
                .body("correlationId", notNullValue())
                .body(not(containsString("\tat ")));
    }
}
