package dev.servicedesk.common;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.hamcrest.Matchers.equalTo;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The errors the framework raises by itself leave as RFC 9457 problem+json too. */
@QuarkusTest
class ProblemDetailsTest {
    private final TestUser user = TestUser.with(Role.AGENT);

    @Test
    void shouldAnswer404ForAnUnknownPath() {
        problem(Api.hostile(user).get("/api/v1/no-such-thing"), 404, "not-found")
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void shouldAnswer404ForAnUnknownPathWithoutAToken() {
        problem(Api.hostile().get("/api/v1/no-such-thing"), 404, "not-found");
    }

    @Test
    void shouldAnswer405WithAllowForAnUnsupportedMethod() {
        problem(Api.hostile(user).delete("/api/v1/me"), 405, "method-not-allowed")
                .header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }

    @Test
    void shouldAnswerOptionsWithWhatTheContractAllowsOnThePath() {
        Api.hostile(user).options("/api/v1/me").then().statusCode(200).header("Allow", equalTo("GET, HEAD, OPTIONS"));
        Api.hostile(user)
                .options("/api/v1/tickets/INC-1")
                .then()
                .statusCode(200)
                .header("Allow", equalTo("GET, HEAD, OPTIONS, PATCH"));
        Api.hostile(user)
                .options("/api/v1/tickets")
                .then()
                .statusCode(200)
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
    }

    @Test
    void shouldAnswer404ForOptionsOnAPathOutsideTheContract() {
        problem(Api.hostile(user).options("/api/v1/no-such-thing"), 404, "not-found");
    }

    @Test
    void shouldAnswer404RatherThan405ForAPathOutsideTheContract() {
        problem(
                Api.hostile(user).contentType("application/json").body("{}").post("/api/v1/tickets//comments"),
                404,
                "not-found");
    }

    @Test
    void shouldAnswer406WhenNoAcceptableMediaType() {
        problem(Api.hostile(user).accept("text/html").get("/api/v1/me"), 406, "not-acceptable");
    }
}
