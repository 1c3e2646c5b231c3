package dev.servicedesk.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Browser;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Frontend pages on the configured origins call the API from a real browser; others are refused. */
@QuarkusTest
class CorsTest {
    private static final String ALLOWED = "http://127.0.0.1:5173";

    @TestHTTPResource("/")
    URL api;

    private final TestUser agent = TestUser.with(Role.AGENT);

    @Test
    void shouldLetAPageOnAnAllowedOriginWriteAndReadWhatAClientNeeds() throws Exception {
        JsonNode result = call("127.0.0.1");
        assertThat(result.path("error").isMissingNode()).as(result.toString()).isTrue();
        assertThat(result.path("createStatus").asInt()).isEqualTo(201);
        assertThat(result.path("location").asText()).startsWith("/api/v1/announcements/");
        assertThat(result.path("etag").asText()).startsWith("\"");
        assertThat(result.path("contentLanguage").asText()).isEqualTo("en");
        assertThat(result.path("patchStatus").asInt()).isEqualTo(200);
        assertThat(result.path("impact").asText()).isEqualTo("NONE");
        assertThat(result.path("patchedEtag").asText())
                .isNotEqualTo(result.path("etag").asText());
        assertThat(result.path("staleStatus").asInt()).isEqualTo(412);
        assertThat(result.path("staleType").asText()).isEqualTo("application/problem+json");
        assertThat(result.path("rateLimitPolicy").asText()).isEqualTo("\"agent\";q=100000000;w=60");
        assertThat(result.path("rateLimit").asText()).startsWith("\"agent\";r=");
        assertThat(result.path("refusedStatus").asInt()).isEqualTo(429);
        assertThat(result.path("retryAfter").asInt()).isBetween(1, 60);
    }

    @Test
    void shouldKeepAPageOnAnyOtherOriginFromReadingTheApi() throws Exception {
        JsonNode result = call("localhost");
        assertThat(result.path("reachable").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.path("error").asText()).as(result.toString()).contains("Failed to fetch");
        assertThat(result.path("createStatus").isMissingNode()).isTrue();
    }

    @Test
    void shouldAnswerAPreflightForAnAllowedOriginOnly() {
        given().header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/announcements/" + UUID.randomUUID())
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Max-Age", equalTo("7200"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Policy"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
        given().header("Origin", "http://127x0x0x1:5173") // the dots of the pattern are dots
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/me")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", ALLOWED)
                .get("/api/v1/me")
                .then()
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Vary", containsString("Origin"));
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/announcements")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    private JsonNode call(String pageHost) throws Exception {
        String apiBase = api.toString().replaceAll("/$", "");
        String limited = TestUser.with(Role.INTEGRATION)
                .claims()
                .claim("azp", "browser-app")
                .sign();
        String fragment = "api=" + encode(apiBase) + "&token=" + encode(agent.token()) + "&key=" + UUID.randomUUID()
                + "&limitedToken=" + encode(limited);
        String posted = Browser.run(pageHost, "/browser/cors-page.html", fragment, Duration.ofSeconds(30));
        return new ObjectMapper().readTree(posted);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
