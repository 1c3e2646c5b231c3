package dev.servicedesk.identity;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every answer says what is left of the caller's quota; past it, a 429 says when to come back. */
@QuarkusTest
class RateLimitTest {

    @Test
    void shouldTellEachCallerTheirQuotaAndWhatIsLeft() {
        Api.as(TestUser.with(Role.AGENT))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .header("RateLimit-Policy", equalTo("\"agent\";q=100000000;w=60"))
                .header("RateLimit", matchesPattern("\"agent\";r=\\d+;t=\\d+"));
        Api.as(TestUser.with(Role.REQUESTER, Role.SUPERVISOR))
                .get("/api/v1/me")
                .then()
                .header("RateLimit-Policy", equalTo("\"supervisor\";q=100000000;w=60"));
        String token = TestUser.with(Role.INTEGRATION)
                .claims()
                .claim("azp", "counted-app")
                .sign();
        List<Long> left = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            left.add(remaining(Api.bearer(token).get("/api/v1/me")));
        }
        assertThat(left).containsExactly(4L, 3L, 2L);
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceAnApplicationSpentItsQuota() {
        String token = TestUser.with(Role.INTEGRATION)
                .claims()
                .claim("azp", "rate-limited-app")
                .sign();
        String other = TestUser.with(Role.INTEGRATION)
                .claims()
                .claim("azp", "rate-limited-app")
                .sign();
        for (int i = 0; i < 3; i++) {
            Api.bearer(i == 1 ? other : token)
                    .get("/api/v1/me")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Policy", equalTo("\"client\";q=3;w=60"));
        }
        Response refused = Api.bearer(other).get("/api/v1/me");
        problem(refused, 429, "too-many-requests")
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .header("RateLimit", matchesPattern("\"client\";r=0;t=\\d+"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
    }

    @Test
    void shouldCountARequestWithoutAValidTokenByItsAddress() {
        problem(Api.bearer("not-a-token").get("/api/v1/me"), 401, "unauthorized")
                .header("RateLimit-Policy", equalTo("\"anonymous\";q=100000000;w=60"));
        problem(Api.anonymous().get("/api/v1/me"), 401, "unauthorized")
                .header("RateLimit-Policy", equalTo("\"anonymous\";q=100000000;w=60"));
    }

    @Test
    void shouldLeaveHealthAndTheContractUncounted() {
        assertThat(given().get("/q/health/live").header("RateLimit")).isNull();
        assertThat(given().get("/q/openapi").header("RateLimit")).isNull();
    }

    private static long remaining(Response response) {
        String header = response.header("RateLimit");
        return Long.parseLong(header.replaceAll(".*;r=(\\d+);.*", "$1"));
    }
}
