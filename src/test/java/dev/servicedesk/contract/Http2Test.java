package dev.servicedesk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Clients that speak HTTP/2 (java.net.http, curl, proxies that keep it to the backend) are served
 * like any other: reads without a body, and bodies sent without a length.
 */
@QuarkusTest
class Http2Test {
    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

    @Test
    void shouldServeReadsAndBodiesWithoutALengthOverHttp2() throws IOException, InterruptedException {
        // The first request upgrades the connection (h2c); every later one is an HTTP/2 stream.
        assertThat(send(request("/api/v1/me").GET()).statusCode()).isEqualTo(200);

        HttpResponse<String> list = send(request("/api/v1/tickets").GET());
        byte[] ticket = """
                {"type": "INCIDENT", "subject": "Sent over HTTP/2 without a length"}""".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> created = send(request("/api/v1/tickets")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(ticket))));

        assertThat(list.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(created.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(created.request().headers().firstValue("Content-Length")).isEmpty();
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("Sent over HTTP/2 without a length");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .header("Authorization", "Bearer " + requester.token());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
