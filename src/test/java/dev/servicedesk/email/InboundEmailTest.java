package dev.servicedesk.email;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestMail;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mail handed over by the gateway: new tickets, files, redeliveries, what machines wrote, what cannot be read. */
@QuarkusTest
class InboundEmailTest {
    private static final String DESK = "help@servicedesk.test";
    private final TestUser admin = TestUser.with(Role.ADMIN);

    private static String newcomer() {
        return "newcomer-" + UUID.randomUUID() + "@example.org";
    }

    private Map<String, String> from(String address) {
        return Map.of("from", address, "deskPlain", DESK, "desk", DESK);
    }

    @Test
    void shouldRecordANewMessageAsATicketOnTheEmailChannelForANewcomer() {
        String sender = newcomer();

        JsonPath receipt = TestMail.deliver("new-plain.eml", from(sender))
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/tickets/"))
                .body("outcome", equalTo("TICKET_RECORDED"))
                .body("commentId", nullValue())
                .body("threadedBy", nullValue())
                .body("reason", nullValue())
                .extract()
                .jsonPath();

        String ticket = receipt.getString("ticketId");
        JsonPath recorded = Api.as(admin)
                .get("/api/v1/tickets/" + ticket)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(recorded.getString("key")).isEqualTo(receipt.getString("ticketKey"));
        assertThat(recorded.getString("channel")).isEqualTo("EMAIL");
        assertThat(recorded.getString("subject")).isEqualTo("Drucker im 3. Stock druckt nur leere Seiten – dringend");
        assertThat(recorded.getString("description"))
                .contains("druckt seit heute früh nur noch leere Seiten. Neustart hat nichts geändert.");
        Api.as(admin)
                .queryParam("email", sender)
                .get("/api/v1/people")
                .then()
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(recorded.getString("requesterId")))
                .body("items[0].name", equalTo("Jürgen Müller"))
                .body("items[0].registered", equalTo(false));
    }

    @Test
    void shouldReadTheTextOfAMessageThatCameOnlyAsHtml() {
        String ticket = TestMail.deliver("new-html-only.eml", from(newcomer()))
                .then()
                .statusCode(201)
                .extract()
                .path("ticketId");

        String description = Api.as(admin).get("/api/v1/tickets/" + ticket).path("description");
        assertThat(description)
                .isEqualTo("Hello,\n\nsince the update the VPN drops every few minutes (error 809).\nI tried"
                        + " reconnecting and rebooting; neither helped.\n\nCafé network on floor 2, Windows 11.\n\n"
                        + "Regards,\nMarie");
    }

    @Test
    void shouldKeepTheFilesOfAMessageAsAttachmentsAndSayWhichItLeftOut() {
        Response delivered = TestMail.deliver("new-with-attachments.eml", from(newcomer()));

        delivered
                .then()
                .statusCode(201)
                .body("attachmentIds", hasSize(2))
                .body("filesLeftOut.fileName", contains("empty.txt"))
                .body("filesLeftOut[0].reason", equalTo("it is empty"));
        String ticket = delivered.path("ticketId");
        Api.as(admin)
                .get("/api/v1/tickets/" + ticket + "/attachments")
                .then()
                .statusCode(200)
                .body("items.fileName", containsInAnyOrder("attachment", "job-log.pdf"))
                .body("items.contentType", containsInAnyOrder("image/png", "application/pdf"))
                .body("items.visibility", contains("PUBLIC", "PUBLIC"))
                .body("items.commentId", contains(nullValue(), nullValue()));
        String description = Api.as(admin).get("/api/v1/tickets/" + ticket).path("description");
        assertThat(description)
                .isEqualTo("The printer shows this error (screenshot below), and the job log is attached.");
    }

    @Test
    void shouldKeepAForwardedMessageAsAFileOfTheNewTicket() {
        Response delivered = TestMail.deliver("forward-as-attachment.eml", from(newcomer()));

        String ticket = delivered.then().statusCode(201).extract().path("ticketId");
        Api.as(admin)
                .get("/api/v1/tickets/" + ticket + "/attachments")
                .then()
                .body("items.fileName", contains("Invoice 4471 overdue.eml"))
                .body("items.contentType", contains("message/rfc822"));
    }

    @Test
    void shouldKeepTheForwardedTextOfAnInlineForward() {
        String ticket = TestMail.deliver("forward-inline.eml", from(newcomer()))
                .then()
                .statusCode(201)
                .extract()
                .path("ticketId");

        assertThat(Api.as(admin).get("/api/v1/tickets/" + ticket).<String>path("description"))
                .startsWith("Can you renew this for me?")
                .contains("Your licence for Acrobat Pro expires on 30 November 2026.");
    }

    @Test
    void shouldAnswerARedeliveryAsTheFirstDeliveryAndRecordNothingMore() {
        byte[] message = TestMail.message("new-plain.eml", from(newcomer()));

        Response first = TestMail.deliver(message);
        Response again = TestMail.deliver(message);

        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        again.then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("ticketId", equalTo(first.path("ticketId")))
                .body("receivedAt", equalTo(first.path("receivedAt")));
    }

    @Test
    void shouldRecordOneTicketWhenTheSameMessageArrivesTwiceAtOnce() {
        byte[] message = TestMail.message("new-with-attachments.eml", from(newcomer()));

        List<Response> both = List.of(
                        CompletableFuture.supplyAsync(() -> TestMail.deliver(message)),
                        CompletableFuture.supplyAsync(() -> TestMail.deliver(message)))
                .stream()
                .map(CompletableFuture::join)
                .toList();

        assertThat(both).extracting(response -> response.statusCode()).containsOnly(201);
        assertThat(both.stream()
                        .map(response -> response.<String>path("ticketId"))
                        .distinct())
                .hasSize(1);
        assertThat(both.stream().filter(response -> response.header("Idempotent-Replayed") != null))
                .hasSize(1);
    }

    @Test
    void shouldTellAMessageWithoutMessageIdByItsBytes() {
        byte[] message = TestMail.message("no-message-id.eml", from(newcomer()));

        Response first = TestMail.deliver(message);

        first.then().statusCode(201).body("messageId", startsWith("sha256:"));
        TestMail.deliver(message)
                .then()
                .header("Idempotent-Replayed", equalTo("true"))
                .body("ticketId", equalTo(first.path("ticketId")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "auto-reply-rfc3834.eml",
                "auto-reply-outlook.eml",
                "auto-reply-vacation.eml",
                "bounce.eml",
                "newsletter.eml"
            })
    void shouldLeaveAloneWhatAMachineWrote(String name) {
        String sender = newcomer();
        Map<String, String> values = Map.of(
                "from", sender, "desk", DESK, "deskPlain", DESK, "key", "INC-1", "inReplyTo", TestMail.newMessageId());

        TestMail.deliver(name, values)
                .then()
                .statusCode(200)
                .body("outcome", equalTo("IGNORED"))
                .body("ticketId", nullValue())
                .body("reason", not(empty()));
        Api.as(admin).queryParam("email", sender).get("/api/v1/people").then().body("items", empty());
    }

    @Test
    void shouldLeaveAloneMailFromTheDesksOwnAddress() {
        String desk = ConfigProvider.getConfig().getValue("servicedesk.notifications.from", String.class);
        String tagged = desk.replace("@", "+anything@");

        TestMail.deliver("new-plain.eml", from(tagged))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("IGNORED"))
                .body("reason", containsString("desk's own address"));
    }

    @Test
    void shouldThreadAReplyByTheKeyInItsSubjectFromTheRequesterAsAPublicReplyWithoutTheQuote() {
        TestUser requester = TestUser.with(Role.REQUESTER);
        String ticket = TestTickets.printerJam(requester);
        String key = Api.as(requester).get("/api/v1/tickets/" + ticket).path("key");

        JsonPath receipt = TestMail.deliver(
                        "reply-subject-only.eml",
                        Map.of("from", requester.email().toUpperCase(), "deskPlain", DESK, "key", key))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("COMMENT_ADDED"))
                .body("ticketId", equalTo(ticket))
                .body("threadedBy", equalTo("SUBJECT_KEY"))
                .extract()
                .jsonPath();

        Api.as(requester)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body(
                        "items.find { it.id == '" + receipt.getString("commentId") + "' }.body",
                        equalTo("It jams again, same tray."))
                .body("items.find { it.id == '" + receipt.getString("commentId") + "' }.visibility", equalTo("PUBLIC"));
    }

    @Test
    void shouldRecordANewTicketWhenAStrangerWritesToSomeoneElsesTicket() {
        TestUser requester = TestUser.with(Role.REQUESTER);
        String ticket = TestTickets.printerJam(requester);
        String key = Api.as(requester).get("/api/v1/tickets/" + ticket).path("key");

        TestMail.deliver("reply-subject-only.eml", Map.of("from", newcomer(), "deskPlain", DESK, "key", key))
                .then()
                .statusCode(201)
                .body("outcome", equalTo("TICKET_RECORDED"))
                .body("ticketId", not(equalTo(ticket)))
                .body("reason", containsString("neither the requester of " + key));
        Api.as(requester)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.kind", not(hasItem("COMMENT")));
    }

    @Test
    void shouldRecordANewTicketForAReplyToAClosedOne() {
        TestUser requester = TestUser.with(Role.REQUESTER);
        String ticket = TestTickets.printerJam(requester);
        String key = Api.as(requester).get("/api/v1/tickets/" + ticket).path("key");
        TestTickets.move(admin, ticket, """
                        {"to": "CANCELLED", "cancelReason": "Logged twice"}""").then().statusCode(200);

        TestMail.deliver("reply-subject-only.eml", Map.of("from", requester.email(), "deskPlain", DESK, "key", key))
                .then()
                .statusCode(201)
                .body("ticketId", not(equalTo(ticket)))
                .body("reason", startsWith(key + " is CANCELLED"));
    }

    @Test
    void shouldTakeAMessageFromTheDeskAsAnInternalNote() {
        TestUser requester = TestUser.with(Role.REQUESTER);
        TestUser agent = TestQueues.frontLineAgent();
        String ticket = TestTickets.printerJam(requester);
        String key = Api.as(requester).get("/api/v1/tickets/" + ticket).path("key");

        String comment = TestMail.deliver(
                        "reply-subject-only.eml", Map.of("from", agent.email(), "deskPlain", DESK, "key", key))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("COMMENT_ADDED"))
                .extract()
                .path("commentId");

        Api.as(agent)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.find { it.id == '" + comment + "' }.visibility", equalTo("INTERNAL"));
        Api.as(requester).get("/api/v1/tickets/" + ticket + "/timeline").then().body("items.id", not(hasItem(comment)));
    }

    @Test
    void shouldRefuseAMessageWithoutASender() {
        byte[] anonymous = "Subject: hello\r\n\r\nno sender\r\n".getBytes(StandardCharsets.US_ASCII);

        problem(TestMail.deliverHostile(anonymous), 400, "validation").body("errors.field", contains("From"));
        problem(TestMail.deliverHostile(new byte[0]), 400, "validation");
    }

    @Test
    void shouldLeaveOutFilesBeyondTheLimitsAndKeepTheMessage() {
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < MessageParts.MAX_FILES + 3; i++) {
            parts.append("--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment;"
                    + " filename=\"part-" + i + ".bin\"\r\n\r\n" + "x".repeat(i == 0 ? 70_000 : 10) + "\r\n");
        }
        byte[] message = ("From: " + newcomer() + "\r\nSubject: Logs\r\nMessage-ID: " + TestMail.newMessageId()
                        + "\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
                        + "All the logs.\r\n" + parts + "--b--\r\n")
                .getBytes(StandardCharsets.US_ASCII);

        TestMail.deliver(message)
                .then()
                .statusCode(201)
                .body("attachmentIds", hasSize(MessageParts.MAX_FILES - 1))
                .body("filesLeftOut.fileName", contains("part-50.bin", "part-51.bin", "part-52.bin", "part-0.bin"))
                .body("filesLeftOut[0].reason", containsString("at most 50 files"))
                .body("filesLeftOut[3].reason", containsString("one file may be at most"));
    }

    @Test
    void shouldKeepTheInlineImagesOfTheHtmlAlternativeBesideThePlainText() {
        String png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
        byte[] message = ("From: " + newcomer() + "\r\nSubject: Screenshot\r\nMessage-ID: " + TestMail.newMessageId()
                        + "\r\nContent-Type: multipart/alternative; boundary=a\r\n\r\n"
                        + "--a\r\nContent-Type: text/plain\r\n\r\nSee the screenshot.\r\n"
                        + "--a\r\nContent-Type: multipart/related; boundary=r\r\n\r\n"
                        + "--r\r\nContent-Type: text/html\r\n\r\n<p>See the screenshot.</p><img src=\"cid:i\">\r\n"
                        + "--r\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-ID: <i>\r\n\r\n"
                        + png + "\r\n--r--\r\n--a--\r\n")
                .getBytes(StandardCharsets.US_ASCII);

        String ticket = TestMail.deliver(message)
                .then()
                .statusCode(201)
                .body("attachmentIds", hasSize(1))
                .extract()
                .path("ticketId");

        assertThat(Api.as(admin).get("/api/v1/tickets/" + ticket).<String>path("description"))
                .isEqualTo("See the screenshot.");
    }

    @Test
    void shouldReadASubjectSentAsRawUtf8() {
        byte[] message = ("From: Zoë <" + newcomer() + ">\r\nSubject: Drucker – Fehler ß\r\nMessage-ID: "
                        + TestMail.newMessageId() + "\r\n\r\nText\r\n")
                .getBytes(StandardCharsets.UTF_8);

        String ticket =
                TestMail.deliver(message).then().statusCode(201).extract().path("ticketId");

        assertThat(Api.as(admin).get("/api/v1/tickets/" + ticket).<String>path("subject"))
                .isEqualTo("Drucker – Fehler ß");
    }

    @Test
    void shouldTakeAnotherSendersMessageUnderATakenMessageIdAsAMessageOfItsOwn() {
        String messageId = TestMail.newMessageId();
        Response first = TestMail.deliver(
                "new-plain.eml", Map.of("from", newcomer(), "deskPlain", DESK, "messageId", messageId));

        Response other = TestMail.deliver(
                "new-html-only.eml", Map.of("from", newcomer(), "deskPlain", DESK, "messageId", messageId));

        other.then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("messageId", startsWith("sha256:"))
                .body("ticketId", not(equalTo(first.path("ticketId"))));
    }

    @Test
    void shouldRefuseASenderAddressTheDeskCannotAnswer() {
        byte[] quoted = ("From: \"a,b\"@example.org\r\nSubject: x\r\n\r\nbody\r\n").getBytes(StandardCharsets.US_ASCII);

        problem(TestMail.deliverHostile(quoted), 400, "validation").body("errors.field", contains("From"));
    }

    @Test
    void shouldRefuseAMessageNestedDeeperThanAnyMailClientWrites() {
        String level = "From: a@example.org\r\nContent-Type: message/rfc822\r\n\r\n";
        byte[] nested =
                (level.repeat(50_000) + "From: a@example.org\r\n\r\ninnermost\r\n").getBytes(StandardCharsets.US_ASCII);

        problem(TestMail.deliverHostile(nested), 400, "validation")
                .body("errors.field", contains("message"))
                .body("errors[0].message", containsString("deeper"));
    }

    @Test
    void shouldBeForTheMailGatewayOnly() {
        byte[] message = TestMail.message("new-plain.eml", from(newcomer()));

        for (Role role : List.of(Role.REQUESTER, Role.AGENT, Role.ADMIN)) {
            problem(
                    Api.hostile(TestUser.with(role))
                            .contentType(TestMail.RFC822)
                            .body(message)
                            .post("/api/v1/inbound-email"),
                    403,
                    "forbidden");
        }
    }
}
