package dev.servicedesk.announcement;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestAnnouncements;
import dev.servicedesk.support.TestCis;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Announcements on tickets: shown where a ticket is about their items, linked, and resolving the linked incidents. */
@QuarkusTest
class AnnouncementTicketsTest {
    private final TestUser author = TestUser.with(Role.AGENT);
    private final TestUser admin = TestUser.with(Role.ADMIN);
    private final TestUser requester = TestUser.with(Role.REQUESTER);

    @Test
    void shouldShowTheRunningAnnouncementsOnATicketForTheirItemsAndWhileOneIsReported() {
        String mail = TestCis.item("APPLICATION");
        String other = TestCis.item("APPLICATION");
        String outage = TestAnnouncements.published(author, outageOn(mail, "MAJOR"));
        String elsewhere = TestAnnouncements.published(author, outageOn(other, "CRITICAL"));
        List<String> forMail = Api.as(requester)
                .queryParam("ciId", mail)
                .get("/api/v1/announcements/active")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(forMail).contains(outage).doesNotContain(elsewhere);

        String ticket = ticketAbout(mail);
        Api.as(author)
                .get("/api/v1/tickets/" + ticket + "/announcements")
                .then()
                .statusCode(200)
                .header("Vary", equalTo("Accept-Language"))
                .body("items.announcement.id", contains(outage))
                .body("items[0].linked", equalTo(false))
                .body("items[0].matchedCiIds", contains(mail));
        problem(Api.as(requester).get("/api/v1/tickets/" + ticket + "/announcements"), 403, "forbidden");
    }

    @Test
    void shouldLinkTicketsCountThemAndUnlinkThem() {
        String mail = TestCis.item("APPLICATION");
        String outage = TestAnnouncements.published(author, outageOn(mail, "MINOR"));
        String ticket = ticketAbout(TestCis.item("LAPTOP"));
        link(author, outage, ticket)
                .then()
                .statusCode(200)
                .body("ticketId", equalTo(ticket))
                .body("type", equalTo("INCIDENT"))
                .body("linkedById", equalTo(author.signIn()));
        String linkedAt =
                link(admin, outage, ticket).then().statusCode(200).extract().path("linkedAt");
        assertThat(linkedAt).isNotNull();
        link(author, outage, ticket)
                .then()
                .body("linkedAt", equalTo(linkedAt))
                .body("linkedById", equalTo(author.signIn()));
        Api.as(author)
                .get("/api/v1/tickets/" + ticket + "/announcements")
                .then()
                .body("items.announcement.id", contains(outage))
                .body("items[0].linked", equalTo(true))
                .body("items[0].matchedCiIds", empty());
        Api.as(author).get("/api/v1/announcements/" + outage + "/reach").then().body("linkedTicketCount", equalTo(1));
        Api.as(author)
                .get("/api/v1/announcements/" + outage + "/tickets")
                .then()
                .statusCode(200)
                .body("items.ticketId", contains(ticket));
        Api.as(author)
                .delete("/api/v1/announcements/" + outage + "/tickets/" + ticket)
                .then()
                .statusCode(204);
        problem(Api.as(author).delete("/api/v1/announcements/" + outage + "/tickets/" + ticket), 404, "not-found");
        Api.as(author).get("/api/v1/announcements/" + outage + "/reach").then().body("linkedTicketCount", equalTo(0));

        String draft = TestAnnouncements.draft(author, TestAnnouncements.NOTICE);
        problem(link(author, draft, ticket), 409, "conflict");
        problem(link(author, outage, "INC-999999999"), 404, "not-found");
    }

    @Test
    void shouldResolveTheLinkedIncidentsTheCallerWorksWhenTheEventIsResolved() {
        TestUser frontLine = TestQueues.frontLineAgent();
        String mail = TestCis.item("APPLICATION");
        String outage = TestAnnouncements.published(author, outageOn(mail, "MAJOR"));
        String first = ticketAbout(mail);
        String second = ticketAbout(mail);
        String elsewhere = ticketAbout(mail);
        String queue = TestQueues.queue(2, TestUser.with(Role.AGENT).signIn());
        TestQueues.assign(admin, elsewhere, """
                {"queueId": "%s"}""".formatted(queue)).then().statusCode(200);
        for (String ticket : List.of(first, second, elsewhere)) {
            link(frontLine, outage, ticket).then().statusCode(200);
        }
        Api.as(frontLine)
                .contentType("application/json")
                .body("""
                        {"phase": "MONITORING", "resolveLinkedIncidents": true,
                         "texts": [{"language": "en", "text": "Not yet."}]}""")
                .post("/api/v1/announcements/" + outage + "/updates")
                .then()
                .statusCode(400);
        Api.as(frontLine)
                .contentType("application/json")
                .body("""
                        {"phase": "RESOLVED", "resolveLinkedIncidents": true, "cause": "An expired certificate.",
                         "texts": [{"language": "en", "text": "Mail flows again."}]}""")
                .post("/api/v1/announcements/" + outage + "/updates")
                .then()
                .statusCode(201);
        for (String ticket : List.of(first, second)) {
            Api.as(admin)
                    .get("/api/v1/tickets/" + ticket)
                    .then()
                    .body("status", equalTo("RESOLVED"))
                    .body("resolutionCode", equalTo("FIXED"));
            Api.as(admin)
                    .get("/api/v1/tickets/" + ticket + "/timeline")
                    .then()
                    .body("items.body", hasItem(containsString("Mail flows again.")));
        }
        Api.as(admin).get("/api/v1/tickets/" + elsewhere).then().body("status", not(equalTo("RESOLVED")));
        Api.as(author)
                .get("/api/v1/announcements/" + outage)
                .then()
                .body("resolution.cause", equalTo("An expired certificate."))
                .body("resolution.resolvedById", equalTo(frontLine.signIn()))
                .body("actualEndAt", notNullValue());
    }

    /** An incident about {@code item}, recorded by the desk (a requester names only their own items). */
    @Test
    void shouldNotNameADeskBulletinToTheRequesterOfATicketItResolves() {
        String mail = TestCis.item("APPLICATION");
        String bulletin =
                TestAnnouncements.published(author, outageOn(mail, "MINOR").replace("EVERYONE", "DESK"));
        String ticket = ticketAbout(mail);
        link(admin, bulletin, ticket).then().statusCode(200);
        Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"phase": "RESOLVED", "resolveLinkedIncidents": true,
                         "texts": [{"language": "en", "text": "Desk only: the certificate was renewed."}]}""")
                .post("/api/v1/announcements/" + bulletin + "/updates")
                .then()
                .statusCode(201);
        Api.as(admin)
                .get("/api/v1/tickets/" + ticket)
                .then()
                .body("status", equalTo("RESOLVED"))
                .body("resolutionNotes", not(containsString("Desk only")))
                .body("resolutionNotes", not(containsString("ANN-")));
    }

    private String ticketAbout(String item) {
        return Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "Mail does not arrive", "ciIds": ["%s"]}""".formatted(item))
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Response link(TestUser user, String announcement, String ticket) {
        return Api.as(user).put("/api/v1/announcements/" + announcement + "/tickets/" + ticket);
    }

    private static String outageOn(String item, String impact) {
        return """
                {"type": "UNPLANNED_OUTAGE", "impact": "%s", "language": "en",
                 "text": {"title": "Mail is down", "body": "Nobody receives mail."},
                 "ciIds": ["%s"], "audience": {"kind": "EVERYONE"}}""".formatted(impact, item);
    }
}
