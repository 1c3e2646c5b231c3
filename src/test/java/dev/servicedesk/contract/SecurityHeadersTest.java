package dev.servicedesk.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.Browser;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headers that keep a browser from misreading or keeping an answer (OWASP's REST security headers). */
@QuarkusTest
class SecurityHeadersTest {
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @TestHTTPResource("/q/swagger-ui/")
    URL swaggerUi;

    @Test
    void shouldMarkEveryApiAnswerAsNotToBeStoredSniffedOrFramed() {
        TestUser agent = TestUser.with(Role.AGENT);
        List<Response> answers = List.of(
                Api.as(agent).get("/api/v1/me"),
                Api.as(agent).get("/api/v1/tickets"),
                Api.anonymous().get("/api/v1/me"), // 401
                Api.hostile(agent).get("/api/v1/tickets/INC-0"), // 404
                Api.hostile(agent)
                        .queryParam("cursor", "c".repeat(40_000))
                        .get("/api/v1/tickets")); // refused on its route

        for (Response answer : answers) {
            assertThat(answer.header("X-Content-Type-Options"))
                    .as(answer.asString())
                    .isEqualTo("nosniff");
            assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
            assertThat(answer.header("Content-Security-Policy")).isEqualTo(API_POLICY);
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    @Test
    void shouldMarkWhatTheFrameworkAnswersItselfToo() {
        List<Response> answers = List.of(
                given().get("/api/v1/no-such-thing"), // no route
                given().header("Origin", "http://127.0.0.1:5173") // a preflight, answered by the CORS filter
                        .header("Access-Control-Request-Method", "PATCH")
                        .options("/api/v1/tickets"),
                given().header("Origin", "http://elsewhere.example") // an origin the CORS filter refuses
                        .header("Access-Control-Request-Method", "GET")
                        .options("/api/v1/me"));

        for (Response answer : answers) {
            assertThat(answer.header("X-Content-Type-Options"))
                    .as(answer.asString())
                    .isEqualTo("nosniff");
            assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        }
    }

    @Test
    void shouldKeepTheHealthAndContractAnswersFromBeingSniffed() {
        for (String path : List.of("/q/health/live", "/q/openapi")) {
            Response answer = given().get(path);
            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    @Test
    void shouldLetSwaggerUiRunOnlyItsOwnScripts() throws Exception {
        Response page = given().get(swaggerUi.toString());
        String policy = page.header("Content-Security-Policy");
        assertThat(policy)
                .contains("default-src 'self'")
                .contains("connect-src 'self'")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'none'");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");

        // Under that policy a real browser still renders the contract's operations.
        String dom = Browser.dom(swaggerUi.toString(), Duration.ofSeconds(10));
        assertThat(dom).contains("opblock").contains("/api/v1/tickets");
    }
}
