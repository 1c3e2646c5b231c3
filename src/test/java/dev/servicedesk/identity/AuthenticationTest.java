package dev.servicedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.sun.net.httpserver.HttpServer;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.jwt.Claims;
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

    /** Algorithm confusion: the service's own public key used as an HMAC secret. */
    @Test
    void shouldRejectATokenSignedWithThePublicKeyAsAnHmacSecret() throws Exception {
        String pem = Files.readString(Path.of("dev/jwt/public.pem"));
        byte[] der = Base64.getMimeDecoder()
                .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));

        invalidToken(user.claims().jws().algorithm(SignatureAlgorithm.HS256).signWithSecret(pem));
        invalidToken(
                user.claims().jws().algorithm(SignatureAlgorithm.HS256).sign(new SecretKeySpec(der, "HmacSHA256")));
    }

    /** A token's own pointers to keys ({@code kid}, {@code jku}, {@code x5u}) choose nothing: only the configured key verifies. */
    @Test
    void shouldIgnoreTheKeysATokenPointsTo() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair attackers = generator.generateKeyPair();
        AtomicInteger fetched = new AtomicInteger();
        HttpServer keys = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keys.createContext("/", exchange -> {
            fetched.incrementAndGet();
            byte[] jwks = jwks((RSAPublicKey) attackers.getPublic()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        keys.start();
        try {
            String at = "http://127.0.0.1:" + keys.getAddress().getPort();
            invalidToken(user.claims()
                    .jws()
                    .keyId("attacker")
                    .header("jku", at + "/jwks.json")
                    .sign(attackers.getPrivate()));
            invalidToken(user.claims()
                    .jws()
                    .keyId("attacker")
                    .header("x5u", at + "/cert.pem")
                    .sign(attackers.getPrivate()));
            // The right key with a key id the service has never heard of: the id is not what is trusted.
            Api.bearer(user.claims()
                            .jws()
                            .keyId("attacker")
                            .header("jku", at + "/jwks.json")
                            .sign())
                    .get("/api/v1/me")
                    .then()
                    .statusCode(200);
            assertThat(fetched.get()).as("requests to the token's key URLs").isZero();
        } finally {
            keys.stop(0);
        }
    }

    @Test
    void shouldRejectATokenNotValidYet() {
        invalidToken(user.claims()
                .claim(Claims.nbf.name(), Instant.now().plusSeconds(3600).getEpochSecond())
                .sign());
    }

    @Test
    void shouldRejectATokenWithACriticalHeaderItDoesNotUnderstand() {
        invalidToken(user.claims()
                .jws()
                .header("crit", List.of("https://elsewhere.example/must-check"))
                .header("https://elsewhere.example/must-check", true)
                .sign());
    }

    @Test
    void shouldRejectAHugeTokenWithoutReadingIt() {
        String padding = "p".repeat(14 * 1024);
        invalidToken(user.claims().claim("padding", padding).sign());
        invalidToken("e30." + "A".repeat(20 * 1024) + ".c2lnbmF0dXJl");
    }

    @Test
    void shouldRejectATokenWhoseHeaderIsDeeplyNested() {
        String nested = "{\"a\":".repeat(1_500) + "1" + "}".repeat(1_500);
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString(nested.getBytes(StandardCharsets.UTF_8));
        invalidToken(header + ".e30.c2lnbmF0dXJl");
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

    private static String jwks(RSAPublicKey key) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return """
                {"keys": [{"kty": "RSA", "kid": "attacker", "alg": "RS256", "use": "sig", "n": "%s", "e": "%s"}]}""".formatted(
                        url.encodeToString(unsigned(key.getModulus().toByteArray())),
                        url.encodeToString(unsigned(key.getPublicExponent().toByteArray())));
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static ValidatableResponse unauthorized(ValidatableResponse response) {
        return response.statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:servicedesk:problem:unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/me"));
    }
}
