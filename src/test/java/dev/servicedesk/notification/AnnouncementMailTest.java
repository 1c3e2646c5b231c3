package dev.servicedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.MailServer;
import dev.servicedesk.support.TestAnnouncements;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Announcements published to be sent by e-mail reach their audience, each reader in their language. */
@QuarkusTest
@TestProfile(NotifyingProfile.class)
class AnnouncementMailTest {
    private final TestUser author = TestUser.with(Role.AGENT);

    private static String notice(String department, String channels) {
        return """
                {"type": "GENERAL", "impact": "MINOR", "language": "en",
                 "text": {"title": "Payroll offline Saturday", "body": "Payroll is down from 08:00 to 12:00.",
                          "workaround": "Submit timesheets on Friday.", "callerAnswer": "Say it is back at noon."},
                 "audience": {"kind": "DEPARTMENTS", "departments": ["%s"]},
                 "channels": %s}""".formatted(department, channels);
    }

    @Test
    void shouldMailTheDepartmentInTheirLanguagesWithoutTheCallersAnswer() {
        String department = "Payroll " + UUID.randomUUID();
        TestUser english = TestUser.with(Role.REQUESTER).withDepartment(department);
        TestUser german = TestUser.with(Role.REQUESTER).withDepartment(department.toLowerCase());
        TestUser elsewhere = TestUser.with(Role.REQUESTER).withDepartment("Sales " + UUID.randomUUID());
        TestUser deskAgent = TestQueues.frontLineAgent();
        english.signIn();
        Api.as(german).header("Accept-Language", "de").get("/api/v1/me");
        elsewhere.signIn();
        String id = TestAnnouncements.draft(author, notice(department, "[\"PORTAL\", \"EMAIL\"]"));
        Api.as(author)
                .contentType("application/json")
                .header("If-Match", TestAnnouncements.etag(author, id))
                .body("""
                        {"title": "Lohnabrechnung am Samstag offline", "body": "Von 8 bis 12 Uhr nicht erreichbar."}""")
                .put("/api/v1/announcements/" + id + "/texts/de")
                .then()
                .statusCode(200);
        String key = publish(id);

        MimeMessage toEnglish = MailServer.await(english.email(), 1).get(0);
        assertThat(MailServer.subject(toEnglish)).isEqualTo("[" + key + "] Payroll offline Saturday");
        assertThat(MailServer.text(toEnglish))
                .contains("Payroll is down from 08:00 to 12:00.")
                .contains("Meanwhile: Submit timesheets on Friday.")
                .doesNotContain("Say it is back at noon");
        MimeMessage toGerman = MailServer.await(german.email(), 1).get(0);
        assertThat(MailServer.subject(toGerman)).isEqualTo("[" + key + "] Lohnabrechnung am Samstag offline");
        assertThat(MailServer.header(toGerman, "Content-Language")).isEqualTo("de");
        assertThat(MailServer.header(toGerman, "Reply-To")).isNull();
        assertThat(MailServer.to(elsewhere.email())).isEmpty();
        assertThat(MailServer.to(deskAgent.email())).isEmpty();
    }

    @Test
    void shouldMailNobodyForAnAnnouncementNotMeantForEmail() {
        String department = "Portal only " + UUID.randomUUID();
        TestUser reader = TestUser.with(Role.REQUESTER).withDepartment(department);
        reader.signIn();
        TestUser control = TestUser.with(Role.REQUESTER).withDepartment(department + " by mail");
        control.signIn();

        TestAnnouncements.published(author, notice(department, "[\"PORTAL\"]"));
        TestAnnouncements.published(author, notice(control.department(), "[\"EMAIL\"]"));

        MailServer.await(control.email(), 1);
        assertThat(MailServer.to(reader.email())).isEmpty();
    }

    private String publish(String id) {
        TestUser approver = TestUser.with(Role.ADMIN);
        TestAnnouncements.move(author, id, """
                {"to": "PENDING_APPROVAL"}""").then().statusCode(200);
        TestAnnouncements.move(approver, id, """
                {"to": "APPROVED"}""").then().statusCode(200);
        return TestAnnouncements.move(approver, id, """
                        {"to": "PUBLISHED"}""")
                .then()
                .statusCode(200)
                .extract()
                .path("key");
    }
}
