package dev.servicedesk.attachment;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static dev.servicedesk.support.TestAttachments.PNG;
import static dev.servicedesk.support.TestAttachments.comment;
import static dev.servicedesk.support.TestAttachments.commentFiles;
import static dev.servicedesk.support.TestAttachments.content;
import static dev.servicedesk.support.TestAttachments.files;
import static dev.servicedesk.support.TestAttachments.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestAttachments;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestSync;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may add files, and who may see them: a file has the visibility of what it belongs to. */
@QuarkusTest
class AttachmentVisibilityTest {
    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private TestUser agent;
    private String ticket;

    @BeforeEach
    void aTicketOnTheFrontLine() {
        agent = TestQueues.frontLineAgent();
        ticket = TestTickets.printerJam(requester);
    }

    @Test
    void shouldNeverShowAFileOnAnInternalNoteToTheRequester() {
        String note = comment(agent, ticket, "INTERNAL", "Driver log attached");
        String etagBefore = Api.as(requester).get("/api/v1/tickets/" + ticket).header("ETag");
        String id = upload(agent, commentFiles(ticket, note), "driver.log", text("spooler crashed"), "text/plain")
                .then()
                .statusCode(201)
                .body("visibility", equalTo("INTERNAL"))
                .body("commentId", equalTo(note))
                .body("contentType", equalTo("text/x-log"))
                .extract()
                .path("id");

        assertThat(Api.as(requester).get("/api/v1/tickets/" + ticket).header("ETag"))
                .isEqualTo(etagBefore);
        Api.as(requester).get(files(ticket)).then().statusCode(200).body("items", empty());
        Api.as(requester)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.kind", not(contains("ATTACHED")));
        problem(Api.hostile(requester).get(files(ticket) + "/" + id), 404, "not-found");
        problem(Api.hostile(requester).get(content(ticket, id)), 404, "not-found");
        problem(
                Api.hostile(requester)
                        .multiPart("file", "mine.txt", text("me too"), "text/plain")
                        .post(commentFiles(ticket, note)),
                404,
                "not-found");
        Api.as(agent).get(files(ticket)).then().body("items.id", contains(id));
        Api.as(agent).get(files(ticket) + "?commentId=" + note).then().body("items.id", contains(id));
        assertThat(Api.as(agent).get(content(ticket, id)).asString()).isEqualTo("spooler crashed");
    }

    @Test
    void shouldLetOnlyAnAuthorAddToTheirComment() {
        String reply = comment(agent, ticket, "PUBLIC", "Could you send a photo of the display?");

        problem(
                Api.hostile(requester)
                        .multiPart("file", "display.png", PNG, "image/png")
                        .post(commentFiles(ticket, reply)),
                403,
                "forbidden");
        String mine = comment(requester, ticket, "PUBLIC", "Here it is");
        upload(requester, commentFiles(ticket, mine), "display.png", PNG, "image/png")
                .then()
                .statusCode(201)
                .body("commentId", equalTo(mine))
                .body("visibility", equalTo("PUBLIC"));
        problem(
                Api.hostile(agent)
                        .multiPart("file", "x.png", PNG, "image/png")
                        .post(commentFiles(ticket, UUID.randomUUID().toString())),
                404,
                "not-found");
    }

    @Test
    void shouldKeepFilesFromThoseWhoMayNotChangeOrSeeTheTicket() {
        TestUser stranger = TestUser.with(Role.REQUESTER);
        TestUser otherAgent = TestUser.with(Role.AGENT);
        String id = upload(requester, ticket, "screen.png", PNG, "image/png").path("id");

        problem(Api.hostile(stranger).multiPart("file", "x.png", PNG).post(files(ticket)), 404, "not-found");
        problem(Api.hostile(stranger).get(files(ticket)), 404, "not-found");
        problem(Api.hostile(stranger).get(content(ticket, id)), 404, "not-found");
        problem(Api.hostile(otherAgent).multiPart("file", "x.png", PNG).post(files(ticket)), 403, "forbidden");
        Api.as(otherAgent).get(files(ticket)).then().statusCode(200).body("items.id", contains(id));
        String otherTicket = TestTickets.printerJam(requester);
        problem(Api.hostile(requester).get(content(otherTicket, id)), 404, "not-found");
        problem(Api.hostile(requester).get(files(ticket) + "/not-a-uuid"), 404, "not-found");
        problem(Api.anonymous().get(files(ticket)), 401, "unauthorized");
    }

    @Test
    void shouldRefuseAPublicFileOnAFinishedTicket() {
        TestTickets.move(requester, ticket, """
                {"to": "CANCELLED", "cancelReason": "Sorted itself out"}""").then().statusCode(200);

        problem(upload(requester, ticket, "late.png", PNG, "image/png"), 409, "conflict");
        String note = comment(agent, ticket, "INTERNAL", "Keeping the log for the record");
        upload(agent, commentFiles(ticket, note), "spool.log", text("ok"), "text/plain")
                .then()
                .statusCode(201);
    }

    @Test
    void shouldTellARequesterSyncingNothingOfAFileOnAnInternalNote() {
        String note = comment(agent, ticket, "INTERNAL", "Crash dump");
        String cursor = TestSync.end(requester);

        upload(agent, commentFiles(ticket, note), "dump.txt", text("dump"), "text/plain")
                .then()
                .statusCode(201);

        assertThat(TestSync.after(requester, cursor).items()).isEmpty();
    }

    @Test
    void shouldGiveTheDesksFilesABudgetOfTheirOwn() {
        String note = comment(agent, ticket, "INTERNAL", "Logs");
        for (int i = 0; i < 2; i++) {
            upload(agent, commentFiles(ticket, note), "log" + i + ".txt", new byte[60 * 1024], "text/plain")
                    .then()
                    .statusCode(201);
        }

        for (int i = 0; i < 2; i++) {
            upload(requester, ticket, "photo" + i + ".bin", new byte[60 * 1024], "application/octet-stream")
                    .then()
                    .statusCode(201);
        }
        problem(
                        upload(requester, ticket, "one-more.bin", new byte[60 * 1024], "application/octet-stream"),
                        413,
                        "payload-too-large")
                .body("detail", containsString("public files would come to 180 KB"));
    }

    private static Response upload(TestUser user, String ticketOrPath, String name, byte[] bytes, String type) {
        String path = ticketOrPath.startsWith("/") ? ticketOrPath : files(ticketOrPath);
        return TestAttachments.upload(user, path, name, bytes, type);
    }
}
