package dev.servicedesk.contract;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The contract's HTTP details: 413 as a problem, relative Locations that answer GET; each fails before issue 23. */
@QuarkusTest
class HttpDetailsTest {
    private static final String TICKETS = "/api/v1/tickets";
    private static final String NEW_TICKET = """
            {"type": "INCIDENT", "subject": "Printer jams"}""";
    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

    private final TestUser requester = TestUser.with(Role.REQUESTER);

    /**
     * Offered the way HTTP/1.1 offers a large body, {@code Expect: 100-continue}, over a plain
     * socket: the 20 MB follow only if the service asks for them. The service refuses on the
     * declared length and closes the connection; a client busy writing 20 MB meanwhile could lose
     * the answer to a reset (REST Assured, and java.net.http on Java 17, which discards the body
     * of an answer to an expectation).
     */
    @Test
    void shouldRefuseABodyOverTheLimitAsAProblem() throws IOException {
        String huge = """
                {"type": "INCIDENT", "subject": "Huge", "description": "%s"}""".formatted("x".repeat(20 * 1024 * 1024));

        RawResponse refused = rawPost(host(), requester.token(), huge, true);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonPath problem = JsonPath.from(refused.body());
        assertThat(problem.getString("type")).isEqualTo("urn:servicedesk:problem:payload-too-large");
        assertThat(problem.getInt("status")).isEqualTo(413);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(problem.getString("instance")).isEqualTo(TICKETS);
        assertThat(refused.body()).doesNotContain("\tat ");
    }

    @Test
    void shouldTakeABodySentInChunks() throws IOException {
        RawResponse created = rawChunkedPost(requester.token(), NEW_TICKET.getBytes(StandardCharsets.UTF_8), 8);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(JsonPath.from(created.body()).getString("subject")).isEqualTo("Printer jams");
    }

    @Test
    void shouldRefuseABodySentInChunksOnceItGrowsOverTheLimitAsAProblem() throws IOException {
        byte[] huge = """
                {"type": "INCIDENT", "subject": "Huge", "description": "%s"}""".formatted("x".repeat(12 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);

        RawResponse refused = rawChunkedPost(requester.token(), huge, 64 * 1024);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(JsonPath.from(refused.body()).getString("type"))
                .isEqualTo("urn:servicedesk:problem:payload-too-large");
    }

    @Test
    void shouldNotBuildTheLocationFromTheRequestsHostHeader() throws IOException {
        RawResponse created = rawPost("attacker.example", requester.token(), NEW_TICKET, false);

        assertThat(created.status()).as(created.head()).isEqualTo(201);
        Matcher id = FIRST_ID.matcher(created.body());
        assertThat(id.find())
                .as("the created ticket's id in %s", created.body())
                .isTrue();
        assertThat(created.header("Location")).isEqualTo(TICKETS + "/" + id.group(1));
        assertThat(created.header("Location")).doesNotContain("attacker.example");
        assertThat(created.head()).doesNotContain("attacker.example");
    }

    @Test
    void shouldAnswerARelativeLocationForACreatedTicket() {
        Response created = Api.as(requester)
                .contentType("application/json")
                .body(NEW_TICKET)
                .post(TICKETS);

        created.then()
                .statusCode(201)
                .header("Location", startsWith(TICKETS + "/"))
                .header("Location", equalTo(TICKETS + "/" + created.path("id")));
        Api.as(requester)
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo(created.path("id")));
    }

    @Test
    void shouldAnswerALinksLocationWithTheLink() {
        TestUser agent = TestQueues.frontLineAgent();
        String mine = TestTickets.printerJam(requester);
        String alsoMine = TestTickets.printerJam(requester);
        String someoneElses = TestTickets.printerJam(TestUser.with(Role.REQUESTER));

        Response toSomeoneElses = link(agent, mine, someoneElses);
        toSomeoneElses
                .then()
                .statusCode(201)
                .header("Location", equalTo(TICKETS + "/" + mine + "/links/" + toSomeoneElses.path("id")));
        String location = toSomeoneElses.header("Location");

        Api.as(agent)
                .get(location)
                .then()
                .statusCode(200)
                .body("id", equalTo(toSomeoneElses.path("id")))
                .body("ticket.id", equalTo(someoneElses));
        problem(Api.hostile(requester).get(location), 404, "not-found");

        Response toAlsoMine = link(agent, mine, alsoMine);
        toAlsoMine.then().statusCode(201);
        Api.as(requester)
                .get(toAlsoMine.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo(toAlsoMine.path("id")))
                .body("ticket.id", equalTo(alsoMine));
    }

    private static Response link(TestUser user, String ticket, String other) {
        return Api.as(user)
                .contentType("application/json")
                .body("""
                        {"type": "RELATES_TO", "ticket": "%s"}""".formatted(other))
                .post(TICKETS + "/" + ticket + "/links");
    }

    private static String host() {
        return URI.create(RestAssured.baseURI).getHost();
    }

    /**
     * POSTs a ticket over HTTP/1.1 written by hand, so that the Host header says what the test
     * wants; with {@code expectContinue} the body is sent only after a 100 Continue.
     */
    private static RawResponse rawPost(String hostHeader, String token, String json, boolean expectContinue)
            throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + TICKETS + " HTTP/1.1\r\n"
                + "Host: " + hostHeader + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Accept: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + (expectContinue ? "Expect: 100-continue\r\n" : "")
                + "Connection: close\r\n"
                + "\r\n";
        try (Socket socket = new Socket(host(), RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            if (!expectContinue) {
                out.write(body);
            }
            out.flush();
            RawResponse response = RawResponse.read(in);
            if (expectContinue && response.status() == 100) {
                out.write(body);
                out.flush();
                response = RawResponse.read(in);
            }
            return response;
        }
    }

    /**
     * POSTs a ticket with {@code Transfer-Encoding: chunked} (no length announced) in chunks of
     * {@code chunk} bytes, written by a thread of their own while this one reads the answer: a
     * body over the limit is answered before all of it is sent, and the rest meets a closed
     * connection.
     */
    private static RawResponse rawChunkedPost(String token, byte[] body, int chunk) throws IOException {
        String head = "POST " + TICKETS + " HTTP/1.1\r\n"
                + "Host: " + host() + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n"
                + "Connection: close\r\n"
                + "\r\n";
        try (Socket socket = new Socket(host(), RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                try {
                    for (int at = 0; at < body.length; at += chunk) {
                        int length = Math.min(chunk, body.length - at);
                        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(body, at, length);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closedByTheService) {
                    // The answer came before the whole body: what it says is read below.
                }
            });
            writer.start();
            return RawResponse.read(new BufferedInputStream(socket.getInputStream()));
        }
    }

    /** A response as it came over the wire: status, head, headers by lower-cased name, and body. */
    private record RawResponse(int status, String head, Map<String, String> headers, String body) {
        static RawResponse read(InputStream in) throws IOException {
            String head = readHead(in);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            String length = headers.get("content-length");
            byte[] body = status < 200
                    ? new byte[0]
                    : length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
            return new RawResponse(status, head, headers, new String(body, StandardCharsets.UTF_8));
        }

        /** The status line and headers, up to the empty line that ends them. */
        private static String readHead(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                assertThat(b).as("a complete response head after %s", head).isNotNegative();
                head.write(b);
                matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            String text = head.toString(StandardCharsets.US_ASCII);
            return text.substring(0, text.length() - 4);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }
}
