package dev.servicedesk.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.servicedesk.identity.Role;
import dev.servicedesk.notification.NotifyingProfile;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.MailServer;
import dev.servicedesk.support.TestMail;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replies to the notifications the desk really sent (read from the SMTP server), written as the
 * common mail clients write them, land on their ticket without what the client quoted.
 */
@QuarkusTest
@TestProfile(NotifyingProfile.class)
class MailThreadingTest {
    private static final String DESK = "desk@servicedesk.test";
    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<([^>]+)>");

    /** A ticket of a requester, and the receipt the desk sent them about it. */
    private record Conversation(TestUser requester, String ticket, String key, String replyTo, String messageId) {
        Map<String, String> reply(String from, String desk, String inReplyTo) {
            Map<String, String> values = new HashMap<>();
            values.put("from", from);
            values.put("desk", desk);
            values.put("deskPlain", DESK);
            values.put("key", key);
            values.put("inReplyTo", inReplyTo);
            values.put("colleague", "colleague-" + UUID.randomUUID() + "@example.org");
            return values;
        }

        Map<String, String> reply() {
            return reply(requester.email(), replyTo, messageId);
        }
    }

    private static Conversation conversation() {
        TestUser requester = TestUser.with(Role.REQUESTER);
        String ticket = TestTickets.printerJam(requester);
        String key = Api.as(requester).get("/api/v1/tickets/" + ticket).path("key");
        MimeMessage receipt = MailServer.await(requester.email(), 1).get(0);
        String replyTo = MailServer.header(receipt, "Reply-To");
        assertThat(replyTo).as("the receipt's Reply-To").isNotNull();
        Matcher angle = ANGLE_ADDRESS.matcher(replyTo);
        return new Conversation(
                requester,
                ticket,
                key,
                angle.find() ? angle.group(1) : replyTo.strip(),
                MailServer.header(receipt, "Message-ID"));
    }

    static Stream<Arguments> clients() {
        return Stream.of(
                Arguments.of("reply-gmail.eml", "Thanks, the tray was empty after all. It prints again."),
                Arguments.of(
                        "reply-outlook.eml",
                        "Hallo,\n\ndas Papierfach war leer, jetzt läuft er wieder. Danke!\n\nGruß\nAna"),
                Arguments.of("reply-apple-mail.eml", "It is the HP in room 3.14, serial CN12345."),
                Arguments.of(
                        "reply-thunderbird.eml",
                        "Leider nein: nach dem Nachfüllen staut sich das Papier wieder, diesmal in Fach 2."),
                Arguments.of("reply-inline.eml", "The HP in room 3.14.\n\nSince Monday morning."));
    }

    @ParameterizedTest
    @MethodSource("clients")
    void shouldPutAReplyFromEachClientOnItsTicketByItsReplyAddressWithoutTheQuote(String client, String written) {
        Conversation conversation = conversation();

        String comment = TestMail.deliver(client, conversation.reply())
                .then()
                .statusCode(200)
                .body("outcome", equalTo("COMMENT_ADDED"))
                .body("ticketId", equalTo(conversation.ticket()))
                .body("threadedBy", equalTo("REPLY_ADDRESS"))
                .extract()
                .path("commentId");

        assertThat(commentBody(conversation, comment)).isEqualTo(written);
    }

    @Test
    void shouldCarryASignedReplyAddressOfTheDesk() {
        Conversation conversation = conversation();

        assertThat(conversation.replyTo()).matches("desk\\+[a-z2-7]{39}@servicedesk\\.test");
    }

    @Test
    void shouldThreadByInReplyToWhenTheReplyWentToTheDesksPlainAddress() {
        Conversation conversation = conversation();

        TestMail.deliver(
                        "reply-gmail.eml",
                        conversation.reply(conversation.requester().email(), DESK, conversation.messageId()))
                .then()
                .statusCode(200)
                .body("ticketId", equalTo(conversation.ticket()))
                .body("threadedBy", equalTo("IN_REPLY_TO"));
    }

    @Test
    void shouldNotTrustAReplyAddressWhoseSignatureIsWrong() {
        Conversation conversation = conversation();
        String forged = conversation.replyTo().replaceFirst("\\+.", "+a").replaceFirst("\\+a", "+b");

        TestMail.deliver(
                        "reply-inline.eml",
                        conversation.reply(conversation.requester().email(), forged, TestMail.newMessageId()))
                .then()
                .statusCode(200)
                .body("ticketId", equalTo(conversation.ticket()))
                .body("threadedBy", equalTo("SUBJECT_KEY"));
    }

    @Test
    void shouldRecordAColleaguesReplyAllAsATicketOfTheirOwn() {
        Conversation conversation = conversation();

        TestMail.deliver("reply-all-by-colleague.eml", conversation.reply())
                .then()
                .statusCode(201)
                .body("outcome", equalTo("TICKET_RECORDED"))
                .body("ticketId", not(equalTo(conversation.ticket())))
                .body("reason", containsString("neither the requester of " + conversation.key()));
        Api.as(conversation.requester())
                .get("/api/v1/tickets/" + conversation.ticket() + "/timeline")
                .then()
                .body("items.kind", not(hasItem("COMMENT")));
    }

    @Test
    void shouldNeitherRecordNorAnswerAnAutoReplyToANotification() {
        Conversation conversation = conversation();

        TestMail.deliver("auto-reply-rfc3834.eml", conversation.reply())
                .then()
                .statusCode(200)
                .body("outcome", equalTo("IGNORED"));
        TestMail.deliver("auto-reply-outlook.eml", conversation.reply())
                .then()
                .statusCode(200)
                .body("outcome", equalTo("IGNORED"));
        Api.as(conversation.requester())
                .get("/api/v1/tickets/" + conversation.ticket() + "/timeline")
                .then()
                .body("items.kind", not(hasItem("COMMENT")));
    }

    private static String commentBody(Conversation conversation, String comment) {
        return Api.as(conversation.requester())
                .get("/api/v1/tickets/" + conversation.ticket() + "/timeline")
                .then()
                .body("items.find { it.id == '" + comment + "' }.visibility", equalTo("PUBLIC"))
                .extract()
                .path("items.find { it.id == '" + comment + "' }.body");
    }
}
