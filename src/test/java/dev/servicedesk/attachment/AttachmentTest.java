package dev.servicedesk.attachment;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static dev.servicedesk.support.TestAttachments.PNG;
import static dev.servicedesk.support.TestAttachments.content;
import static dev.servicedesk.support.TestAttachments.files;
import static dev.servicedesk.support.TestAttachments.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestAttachments;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttachmentTest {
    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private TestUser agent;
    private String ticket;

    @BeforeEach
    void aTicketOnTheFrontLine() {
        agent = TestQueues.frontLineAgent();
        ticket = TestTickets.printerJam(requester);
    }

    @Test
    void shouldKeepAScreenshotWithItsTypeFromTheBytesAndASafeName() throws Exception {
        String etagBefore = Api.as(requester).get("/api/v1/tickets/" + ticket).header("ETag");

        Response added = upload(requester, ticket, "C:\\Users\\ana\\..\\..\\ screen.png. ", PNG, "text/html");

        added.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/tickets/" + ticket + "/attachments/"))
                .header("ETag", notNullValue())
                .body("fileName", equalTo("screen.png"))
                .body("contentType", equalTo("image/png"))
                .body("size", equalTo(PNG.length))
                .body("sha256", equalTo(sha256(PNG)))
                .body("visibility", equalTo("PUBLIC"))
                .body("commentId", nullValue());
        String id = added.path("id");
        assertThat(Api.as(requester).get("/api/v1/tickets/" + ticket).header("ETag"))
                .isNotEqualTo(etagBefore);
        Api.as(requester)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.kind", contains("CREATED", "ATTACHED"))
                .body("items[1].attachment.id", equalTo(id))
                .body("items[1].attachment.fileName", equalTo("screen.png"))
                .body("items[1].visibility", equalTo("PUBLIC"));
        Api.as(agent)
                .get("/api/v1/tickets/" + ticket + "/attachments/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo(added.header("ETag")))
                .body(
                        "uploadedById",
                        equalTo(Api.as(requester).get("/api/v1/me").path("id")));
    }

    @Test
    void shouldHandBackTheSameBytesAsADownloadThatNoBrowserRenders() {
        String id = upload(requester, ticket, "invoice <March>.png", PNG, "image/png")
                .path("id");

        Response download = Api.as(agent).get(content(ticket, id));

        download.then()
                .statusCode(200)
                .contentType("image/png")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", containsString("no-store"))
                .header(
                        "Content-Disposition",
                        equalTo("attachment; filename=\"invoice _March_.png\"; "
                                + "filename*=UTF-8''invoice%20_March_.png"));
        assertThat(download.asByteArray()).isEqualTo(PNG);
        Api.as(agent)
                .header("If-None-Match", download.header("ETag"))
                .get(content(ticket, id))
                .then()
                .statusCode(304);
    }

    @Test
    void shouldTellAPageDisguisedAsAPdfByItsBytes() {
        byte[] page =
                "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);

        String id = upload(requester, ticket, "invoice.pdf", page, "application/pdf")
                .then()
                .statusCode(201)
                .body("contentType", equalTo("text/html"))
                .extract()
                .path("id");

        Api.as(requester)
                .get(content(ticket, id))
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("attachment;"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void shouldRefuseFilesPastWhatAFileOrATicketMayHold() {
        problem(
                        upload(requester, ticket, "big.bin", new byte[64 * 1024 + 1], "application/octet-stream"),
                        413,
                        "payload-too-large")
                .body("detail", containsString("one file may be at most 64 KB"));
        for (int i = 0; i < 2; i++) {
            upload(requester, ticket, "part" + i + ".bin", filled(60 * 1024, i), "application/octet-stream")
                    .then()
                    .statusCode(201);
        }
        problem(
                        upload(requester, ticket, "part2.bin", filled(60 * 1024, 2), "application/octet-stream"),
                        413,
                        "payload-too-large")
                .body("detail", containsString("a ticket holds at most 160 KB"));
        Api.as(requester).get(files(ticket)).then().body("items.fileName", contains("part0.bin", "part1.bin"));
    }

    @Test
    void shouldAskForExactlyOneNonEmptyFile() {
        problem(Api.hostile(requester).multiPart("note", "just text").post(files(ticket)), 400, "validation")
                .body("errors.field", contains("file"));
        problem(
                Api.hostile(requester)
                        .multiPart("file", "a.png", PNG)
                        .multiPart("file", "b.png", PNG)
                        .post(files(ticket)),
                400,
                "validation");
        problem(
                Api.hostile(requester)
                        .multiPart("file", "empty.txt", new byte[0])
                        .post(files(ticket)),
                400,
                "validation");
        problem(
                Api.hostile(requester)
                        .contentType("application/json")
                        .body("{}")
                        .post(files(ticket)),
                415,
                "unsupported-media-type");
        problem(Api.hostile(requester).get(files(ticket) + "?commentId=nope"), 400, "validation")
                .body("errors.field", contains("commentId"));
        Api.as(requester).get(files(ticket)).then().body("items", empty());
    }

    @Test
    void shouldNotAddAFileTwiceOnARetry() {
        String key = UUID.randomUUID().toString();
        String id = Api.uploadAs(requester)
                .header("Idempotency-Key", key)
                .multiPart("file", "screen.png", PNG, "image/png")
                .post(files(ticket))
                .path("id");

        Api.uploadAs(requester)
                .header("Idempotency-Key", key)
                .multiPart("file", "screen.png", PNG, "image/png")
                .post(files(ticket))
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        problem(
                Api.hostile(requester)
                        .header("Idempotency-Key", key)
                        .multiPart("file", "other.txt", text("other"), "text/plain")
                        .post(files(ticket)),
                422,
                "idempotency-key-reused");
        Api.as(requester).get(files(ticket)).then().body("items.id", contains(id));
    }

    private static Response upload(TestUser user, String ticketOrPath, String name, byte[] bytes, String type) {
        String path = ticketOrPath.startsWith("/") ? ticketOrPath : files(ticketOrPath);
        return TestAttachments.upload(user, path, name, bytes, type);
    }

    private static byte[] filled(int size, int seed) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + seed);
        }
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
