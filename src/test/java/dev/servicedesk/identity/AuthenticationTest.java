package dev.servicedesk.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthenticationTest {
    private final TestUser user = TestUser.with(Role.AGENT);

    @Test
    void shouldChallengeACallWithoutAToken() {
        unauthorized(Api.anonymous().get("/api/v1/me").then())
                .header("WWW-Authenticate", equalTo("Bearer realm=\"servicedesk\""));
    }

    @Test
    void shouldRejectAnExpiredToken() {
        String token = user.claims()
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign();
        invalidToken(token);
    }

    @Test
    void shouldStopTrustingARememberedTokenWhenItExpires() {
        String token = user.claims().expiresAt(Instant.now().plusSeconds(5)).sign();
        Api.bearer(token).get("/api/v1/me").then().statusCode(200);

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status = 200;
        while (status == 200 && System.nanoTime() < deadline) {
            status = Api.bearer(token).get("/api/v1/me").statusCode();
        }

        invalidToken(token);
    }

    @Test
    void shouldRejectATokenSignedWithAnotherKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        invalidToken(user.claims().sign(generator.generateKeyPair().getPrivate()));
    }

    @Test
    void shouldRejectAnUnsignedToken() {
        String signed = user.token();
        String payload = signed.split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("""
                        {"alg": "none", "typ": "JWT"}""".getBytes(StandardCharsets.UTF_8));
        invalidToken(header + "." + payload + ".");
    }

    @Test
    void shouldRejectATokenWithAnotherAlgorithm() {
        invalidToken(user.claims()
                .jws()
                .algorithm(SignatureAlgorithm.HS256)
                .signWithSecret("0123456789abcdef0123456789abcdef"));
    }

    @Test
    void shouldRejectATokenFromAnotherIssuer() {
        invalidToken(user.claims().issuer("https://elsewhere.example/").sign());
    }

    @Test
    void shouldRejectATokenForAnotherAudience() {
        invalidToken(user.claims().audience("another-service").sign());
    }

    @Test
    void shouldRejectGarbage() {
        invalidToken("not-a-jwt");
    }

    @Test
    void shouldForbidAValidTokenWithoutARole() {
        TestUser nobody = TestUser.with();
        Api.as(nobody)
                .get("/api/v1/me")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:servicedesk:problem:forbidden"))
                .body("status", equalTo(403));
    }

    private static void invalidToken(String token) {
        unauthorized(Api.bearer(token).get("/api/v1/me").then())
                .header("WWW-Authenticate", startsWith("Bearer realm=\"servicedesk\""))
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
    }

    private static ValidatableResponse unauthorized(ValidatableResponse response) {
        return response.statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:servicedesk:problem:unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/me"));
    }
}
