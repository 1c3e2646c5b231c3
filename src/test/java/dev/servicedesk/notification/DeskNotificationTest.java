package dev.servicedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.MailServer;
import dev.servicedesk.support.TestEscalations;
import dev.servicedesk.support.TestMail;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Escalations and the requester's answers, told by e-mail to the requester and to the desk. */
@QuarkusTest
@TestProfile(NotifyingProfile.class)
class DeskNotificationTest {
    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private final TestUser frontLine = TestUser.with(Role.AGENT);
    private final TestUser specialist = TestUser.with(Role.AGENT);
    private final TestUser admin = TestUser.with(Role.ADMIN);

    @Test
    void shouldTellTheRequesterAndTheReceivingQueueOfAnEscalationAndTheRequesterOfItsAcceptance() {
        String firstLine = TestQueues.queue(1, frontLine.signIn());
        String network = TestQueues.queue(2, specialist.signIn());
        String ticket = ticketIn(firstLine);
        String key = Api.as(requester).get("/api/v1/tickets/" + ticket).path("key");

        String escalation = escalate(ticket, network);

        MimeMessage received = MailServer.await(specialist.email(), 1).get(0);
        assertThat(MailServer.subject(received)).isEqualTo("[" + key + "] Escalated to you: Printer jams");
        assertThat(MailServer.text(received)).contains("Needs the switch configuration");
        List<MimeMessage> toRequester = MailServer.await(requester.email(), 2);
        assertThat(MailServer.subject(toRequester.get(1)))
                .isEqualTo("[" + key + "] Handed on for more help: Printer jams");
        assertThat(MailServer.text(toRequester.get(1))).doesNotContain("switch configuration");

        acknowledge(specialist, escalation);

        assertThat(MailServer.subject(MailServer.await(requester.email(), 3).get(2)))
                .isEqualTo("[" + key + "] Taken on: Printer jams");
        assertThat(MailServer.to(frontLine.email()))
                .extracting(MailServer::subject)
                .noneMatch(subject -> subject.contains("Escalated to you"));
    }

    @Test
    void shouldTellTheAssignedAgentOfTheRequestersReplyWhoseMailedAnswerIsAnInternalNote() {
        String firstLine = TestQueues.queue(1, frontLine.signIn());
        String ticket = ticketIn(firstLine);
        String key = Api.as(requester).get("/api/v1/tickets/" + ticket).path("key");

        Api.as(requester)
                .contentType("application/json")
                .body("""
                        {"body": "It jams on tray 2 as well.", "visibility": "PUBLIC"}""")
                .post("/api/v1/tickets/" + ticket + "/comments")
                .then()
                .statusCode(201);

        MimeMessage told = MailServer.await(frontLine.email(), 1).get(0);
        assertThat(MailServer.subject(told)).isEqualTo("[" + key + "] The requester replied: Printer jams");
        assertThat(MailServer.text(told)).contains("It jams on tray 2 as well.");
        String replyTo = MailServer.header(told, "Reply-To");

        String note = TestMail.deliver(
                        "reply-gmail.eml",
                        Map.of(
                                "from",
                                frontLine.email(),
                                "desk",
                                replyTo,
                                "deskPlain",
                                "desk@servicedesk.test",
                                "key",
                                key,
                                "inReplyTo",
                                MailServer.header(told, "Message-ID")))
                .then()
                .statusCode(200)
                .body("threadedBy", equalTo("REPLY_ADDRESS"))
                .extract()
                .path("commentId");
        Api.as(frontLine)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.find { it.id == '" + note + "' }.visibility", equalTo("INTERNAL"));
    }

    private static MimeMessage titled(List<MimeMessage> messages, String part) {
        return messages.stream()
                .filter(message -> MailServer.subject(message).contains(part))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no message about " + part));
    }

    /** A requester's ticket in {@code queue}, assigned to the front-line agent by an admin. */
    private String ticketIn(String queue) {
        String ticket = TestTickets.printerJam(requester);
        TestQueues.assign(admin, ticket, """
                        {"queueId": "%s", "assigneeId": "%s"}""".formatted(queue, frontLine.signIn()))
                .then()
                .statusCode(200);
        return ticket;
    }

    private String escalate(String ticket, String queue) {
        return TestEscalations.escalate(frontLine, ticket, queue)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void acknowledge(TestUser user, String escalation) {
        TestEscalations.answer(user, escalation, "acknowledge", "{}").then().statusCode(200);
    }
}
