package dev.servicedesk.common;

import static dev.servicedesk.common.ProblemDetailsTest.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Pagination and If-Match as a client meets them over HTTP. */
@QuarkusTest
class ConventionsHttpTest {

    @Test
    void shouldWalkAllPagesWithTheCursor() {
        String next = Api.hostile()
                .get("/test-probe/page?limit=2")
                .then()
                .statusCode(200)
                .body("items", contains("a", "b"))
                .extract()
                .path("nextCursor");
        next = Api.hostile()
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get("/test-probe/page")
                .then()
                .body("items", contains("c", "d"))
                .extract()
                .path("nextCursor");
        Api.hostile()
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get("/test-probe/page")
                .then()
                .body("items", contains("e"))
                .body("nextCursor", nullValue());
    }

    @Test
    void shouldRejectBadPagingParametersWithFieldErrors() {
        problem(Api.hostile().get("/test-probe/page?limit=abc&cursor=%%%"), 400, "validation")
                .body("errors.field", contains("limit", "cursor"));
        problem(Api.hostile().get("/test-probe/page?limit=201"), 400, "validation")
                .body("errors.field", contains("limit"));
        problem(Api.hostile().get("/test-probe/page?limit=0"), 400, "validation")
                .body("errors.field", contains("limit"));
    }

    @Test
    void shouldRequireIfMatchOnUpdates() {
        problem(
                Api.hostile()
                        .contentType("application/json")
                        .body("{\"label\":\"x\"}")
                        .put("/test-probe/versioned"),
                428,
                "precondition-required");
    }

    @Test
    void shouldRejectAStaleIfMatch() {
        problem(
                Api.hostile()
                        .contentType("application/json")
                        .header("If-Match", "\"2\"")
                        .body("{\"label\":\"x\"}")
                        .put("/test-probe/versioned"),
                412,
                "precondition-failed");
    }

    @Test
    void shouldAcceptTheCurrentIfMatch() {
        Api.hostile()
                .contentType("application/json")
                .header("If-Match", "\"3\"")
                .body("{\"label\":\"x\"}")
                .put("/test-probe/versioned")
                .then()
                .statusCode(204)
                .header("ETag", equalTo("\"4\""));
    }
}
