package dev.servicedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.Jobs;
import dev.servicedesk.support.MailServer;
import dev.servicedesk.support.Metrics;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(NotifyingProfile.class)
class NotificationTest {
    @Inject
    Pool pool;

    @Inject
    TestClock clock;

    @Inject
    NotificationJob job;

    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private TestUser agent;

    @BeforeEach
    void onTheFrontLine() {
        agent = TestQueues.frontLineAgent();
    }

    @AfterEach
    void realTime() {
        clock.release();
        MailServer.up();
    }

    @Test
    void shouldTellTheRequesterTheirTicketWasReceivedInTheirLanguage() {
        Api.as(requester).header("Accept-Language", "de-DE, en;q=0.5").get("/api/v1/me");
        String ticket = TestTickets.printerJam(requester);
        String key = Api.as(requester).get("/api/v1/tickets/" + ticket).path("key");

        MimeMessage received = MailServer.await(requester.email(), 1).get(0);

        assertThat(MailServer.subject(received))
                .isEqualTo("[" + key + "] Wir haben Ihre Anfrage erhalten: Printer jams");
        assertThat(MailServer.text(received)).contains("unter " + key + " erfasst");
        assertThat(MailServer.header(received, "Content-Language")).isEqualTo("de");
        assertThat(MailServer.header(received, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(MailServer.header(received, "From")).contains("desk@servicedesk.test");
        assertThat(MailServer.header(received, "Message-ID")).matches("<[0-9a-f-]{36}@servicedesk\\.test>");
        List<String> notes = awaitNotes(ticket, 1);
        assertThat(notes.get(0)).contains(requester.email()).contains("(de)");
        Api.as(requester)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.kind", not(hasItem("NOTIFIED")));
    }

    @Test
    void shouldTellOfTheDesksRepliesOnlyInEnglishByDefault() {
        String ticket = TestTickets.printerJam(requester);
        MailServer.await(requester.email(), 1);

        comment(agent, ticket, "PUBLIC", "Is the printer on?");
        comment(agent, ticket, "INTERNAL", "Probably the fuser.");
        comment(requester, ticket, "PUBLIC", "It is on.");
        comment(agent, ticket, "PUBLIC", "A technician is on the way.");

        List<MimeMessage> messages = MailServer.await(requester.email(), 3);
        List<String> replies = messages.stream()
                .filter(message -> MailServer.subject(message).contains("New reply: Printer jams"))
                .map(MailServer::text)
                .toList();
        assertThat(replies).hasSize(2);
        assertThat(String.join("\n", replies))
                .contains("Is the printer on?")
                .contains("A technician is on the way.")
                .doesNotContain("fuser")
                .doesNotContain("It is on.");
        assertThat(messages)
                .allSatisfy(message -> assertThat(MailServer.header(message, "Content-Language"))
                        .isEqualTo("en"));
    }

    @Test
    void shouldAskForAnAnswerAndTellOfTheResolutionAndHowToReopen() {
        String ticket = TestTickets.printerJam(requester);
        MailServer.await(requester.email(), 1);

        move(agent, ticket, """
                {"to": "IN_PROGRESS"}""");
        move(agent, ticket, """
                {"to": "PENDING", "pendingReason": "AWAITING_REQUESTER"}""");
        MimeMessage waiting = withSubject(MailServer.await(requester.email(), 2), "We need your answer");
        move(agent, ticket, """
                {"to": "IN_PROGRESS"}""");
        move(agent, ticket, """
                {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Replaced the fuser unit."}""");
        MimeMessage resolved = withSubject(MailServer.await(requester.email(), 3), "Resolved: Printer jams");
        MimeMessage survey = withSubject(MailServer.await(requester.email(), 4), "How did we do? Printer jams");

        assertThat(MailServer.text(waiting)).contains("waiting for you");
        assertThat(MailServer.text(resolved))
                .contains("Replaced the fuser unit.")
                .contains("confirm it")
                .contains("reopen it");
        assertThat(MailServer.text(survey)).containsPattern("open until \\w+ \\d{1,2}, \\d{4} \\(UTC\\)");
    }

    @Test
    void shouldTryAgainWhenTheMailServerIsAway() {
        double failures = Metrics.value("servicedesk_email_failures_total", "direction", "outbound");
        MailServer.down();
        String ticket = TestTickets.printerJam(requester);

        Row failed = awaitAttempt(ticket);
        assertThat(failed.getString("status")).isEqualTo("PENDING");
        assertThat(failed.getString("last_error")).isNotBlank();
        assertThat(MailServer.to(requester.email())).isEmpty();
        assertThat(Metrics.value("servicedesk_email_failures_total", "direction", "outbound") - failures)
                .isGreaterThanOrEqualTo(1);

        MailServer.up();
        clock.pin(Instant.now().plus(Duration.ofMinutes(2)));
        Jobs.await(() -> job.sendAll());

        assertThat(MailServer.await(requester.email(), 1)).hasSize(1);
        assertThat(awaitNotes(ticket, 1)).hasSize(1);
    }

    @Test
    void shouldSendOnlyWhatIsEssentialToThoseWhoOptedOutOfTheRest() {
        Api.as(requester)
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("""
                        {"optedOut": ["TICKET_RECEIVED", "PUBLIC_REPLY", "SURVEY_INVITATION"]}""")
                .put("/api/v1/me/notification-preferences")
                .then()
                .statusCode(200);
        String ticket = TestTickets.printerJam(requester);

        comment(agent, ticket, "PUBLIC", "Is the printer on?");
        move(agent, ticket, """
                {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Switched it on."}""");

        List<MimeMessage> messages = MailServer.await(requester.email(), 1);
        assertThat(MailServer.subject(messages.get(0))).contains("Resolved: Printer jams");
        assertThat(awaitNotes(ticket, 1)).hasSize(1);
        assertThat(MailServer.to(requester.email())).hasSize(1);
    }

    @Test
    void shouldGiveUpAfterTheRetryPeriodAndSaySoOnTheTicket() {
        MailServer.down();
        String ticket = TestTickets.printerJam(requester);
        awaitAttempt(ticket);

        clock.pin(Instant.now().plus(Duration.ofDays(3)));
        Jobs.await(() -> job.sendAll());

        assertThat(attempted(ticket).getString("status")).isEqualTo("FAILED");
        List<String> failures = awaitNotes(ticket, "NOTIFICATION_FAILED", 1);
        assertThat(failures.get(0)).contains("TICKET_RECEIVED").contains(requester.email());
        Api.as(requester)
                .get("/api/v1/tickets/" + ticket + "/timeline")
                .then()
                .body("items.kind", not(hasItem("NOTIFICATION_FAILED")));
    }

    /** The ticket's notification once an attempt to send it was made (the job runs meanwhile). */
    private Row awaitAttempt(String ticket) {
        Instant deadline = Instant.now().plusSeconds(10);
        Row row = attempted(ticket);
        while (row == null) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no attempt was made to send the ticket's notification");
            }
            Jobs.await(() -> job.sendAll());
            MailServer.pause();
            row = attempted(ticket);
        }
        return row;
    }

    private Row attempted(String ticket) {
        var rows = pool.preparedQuery(
                        "SELECT status, last_error FROM notification WHERE ticket_id = $1 AND attempt_count > 0")
                .execute(Tuple.of(UUID.fromString(ticket)))
                .await()
                .indefinitely();
        return rows.size() == 0 ? null : rows.iterator().next();
    }

    private List<String> awaitNotes(String ticket, int count) {
        return awaitNotes(ticket, "NOTIFIED", count);
    }

    /** The bodies of the ticket's {@code kind} entries as the desk sees them, once there are {@code count}. */
    private List<String> awaitNotes(String ticket, String kind, int count) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (true) {
            List<String> notes = Api.as(agent)
                    .get("/api/v1/tickets/" + ticket + "/timeline")
                    .jsonPath()
                    .getList("items.findAll { it.kind == '" + kind + "' }.body", String.class);
            if (notes.size() >= count) {
                return notes;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("expected " + count + " " + kind + " entries, got " + notes.size());
            }
            MailServer.pause();
        }
    }

    private static MimeMessage withSubject(List<MimeMessage> messages, String part) {
        return messages.stream()
                .filter(message -> MailServer.subject(message).contains(part))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no message about " + part));
    }

    private static void comment(TestUser user, String ticket, String visibility, String body) {
        Api.as(user)
                .contentType("application/json")
                .body("{\"body\": \"%s\", \"visibility\": \"%s\"}".formatted(body, visibility))
                .post("/api/v1/tickets/" + ticket + "/comments")
                .then()
                .statusCode(201);
    }

    private static void move(TestUser user, String ticket, String json) {
        TestTickets.move(user, ticket, json).then().statusCode(200);
    }
}
