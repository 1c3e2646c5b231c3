package dev.servicedesk.contract;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The limits on what one request may ask of the service (OWASP API4), each answered as a problem:
 * URL length, header size, page size, search text and filter values. (The body's limit:
 * {@link HttpDetailsTest}; an attachment's: AttachmentTest; idle connections: IdleConnectionTest.)
 */
@QuarkusTest
class RequestLimitsTest {
    private static final String TICKETS = "/api/v1/tickets";
    private static final int KB = 1024;

    private final TestUser agent = TestUser.with(Role.AGENT);

    @Test
    void shouldRefuseAUrlOverTheLimitAsAProblem() {
        Response refused =
                Api.hostile(agent).queryParam("cursor", "c".repeat(33 * KB)).get(TICKETS);

        problem(refused, 414, "uri-too-long");
        assertThat(refused.header("Connection")).isEqualTo("close");
    }

    @Test
    void shouldTakeAUrlJustUnderTheLimit() {
        String filters = "&tag=printer".repeat((31 * KB) / "&tag=printer".length());

        Response answered = Api.hostile(agent).get(TICKETS + "?limit=1" + filters);

        // Past the length check: the request reaches the operation, which then judges the filters.
        assertThat(answered.statusCode()).isIn(200, 400);
        assertThat(answered.asString()).doesNotContain("uri-too-long");
    }

    @Test
    void shouldRefuseHeadersOverTheLimitAsAProblem() {
        Response refused = Api.hostile(agent)
                .header("X-Padding-One", "p".repeat(17 * KB))
                .header("X-Padding-Two", "p".repeat(17 * KB))
                .get(TICKETS);

        problem(refused, 431, "header-fields-too-large");
    }

    @Test
    void shouldTakeHeadersUnderTheLimit() {
        Response answered = Api.hostile(agent)
                .header("X-Request-Context", "c".repeat(28 * KB))
                .get("/api/v1/me");

        assertThat(answered.statusCode()).as(answered.asString()).isEqualTo(200);
    }

    /** Beyond twice the limit the HTTP server stops reading: a bare 414 and a closed connection. */
    @Test
    void shouldCloseTheConnectionOnAUrlBeyondWhatTheHttpServerReads() throws IOException {
        String head = "GET " + TICKETS + "?cursor=" + "c".repeat(70 * KB) + " HTTP/1.1\r\nHost: localhost\r\n\r\n";

        String answer = exchange(head);

        assertThat(answer).matches("(?s)HTTP/1\\.[01] 414 .*");
    }

    @Test
    void shouldRefuseAPageLargerThanTheLimit() {
        problem(Api.hostile(agent).queryParam("limit", 201).get(TICKETS), 400, "validation");
        problem(Api.hostile(agent).queryParam("limit", 51).get("/api/v1/kb/search?q=printer"), 400, "validation");
    }

    @Test
    void shouldRefuseSearchTextLongerThanTheLimit() {
        problem(
                Api.hostile(agent)
                        .queryParam("q", "printer ".repeat(63) + "jam")
                        .get(TICKETS),
                400,
                "validation");
        assertThat(Api.as(agent).queryParam("q", "printer jam").get(TICKETS).statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldRefuseMoreFilterValuesThanTheLimit() {
        var request = Api.hostile(agent);
        for (int i = 0; i < 11; i++) {
            request.queryParam("status", i % 2 == 0 ? "NEW" : "OPEN");
        }

        problem(request.get(TICKETS), 400, "validation");
    }

    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
