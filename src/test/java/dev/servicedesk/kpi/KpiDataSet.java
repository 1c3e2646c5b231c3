package dev.servicedesk.kpi;

import static dev.servicedesk.support.TestTickets.move;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestAnnouncements;
import dev.servicedesk.support.TestArticles;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestEscalations;
import dev.servicedesk.support.TestEvents;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestUser;
import java.time.Instant;
import java.util.UUID;

/**
 * A week of one desk's work, recorded through the API with the clock pinned at each step, whose
 * KPIs are computed by hand in {@link KpiExactnessTest}. The desk works Monday to Friday, 08:00 to
 * 16:00 in Berlin; Friday 27 March 2026 is a holiday, and the clocks go forward on Sunday 29 March
 * (the day has 23 hours). Every ticket is in the queue {@code frontLine} or {@code specialists},
 * which only {@code agent} works, so the agent's report counts exactly these tickets.
 */
final class KpiDataSet {
    private static KpiDataSet week;

    /** The week, recorded once for every test that reads it. */
    static synchronized KpiDataSet week(TestClock clock) {
        if (week == null) {
            week = new KpiDataSet(clock);
        }
        return week;
    }

    final TestUser admin = TestUser.with(Role.ADMIN);
    final TestUser agent = TestUser.with(Role.AGENT);
    final TestUser supervisor = TestUser.with(Role.SUPERVISOR);
    final String department = "KPI " + UUID.randomUUID();
    final TestUser requester = TestUser.with(Role.REQUESTER).withDepartment(department);
    final String frontLine;
    final String specialists;
    final String article;
    final String outage;
    /** Published, starting on Tuesday, with no ticket linked. */
    final String quietOutage;
    /** Open since before the period: at 30 days and more, 7 to 30 days, 3 to 7 days at its end. */
    final String t8;

    final String t9;
    final String t0;
    /** Resolved with an article on Thursday, its survey rated 5, closed by its requester on Saturday. */
    final String t1;
    /** Answered on Monday, resolved, reopened on Tuesday. */
    final String t2;
    /** Recorded on the holiday, answered late, escalated and sent back, resolved; rated 3. */
    final String t3;
    /** Cancelled on Saturday. */
    final String t4;
    /** Recorded on Sunday before the clocks change; never answered; linked to the outage. */
    final String t5;
    /** Recorded at 00:30 on Monday (22:30 UTC on Sunday), answered; linked to the outage. */
    final String t6;
    /** Recorded on Tuesday evening, for the specialists. */
    final String t7;

    private KpiDataSet(TestClock clock) {
        String agentId = agent.signIn();
        frontLine = queue(1, agentId, supervisor.signIn());
        specialists = TestQueues.queue(2, agentId);
        policy();

        clock.pin(Instant.parse("2026-03-01T10:00:00Z"));
        t8 = ticket(frontLine);
        clock.pin(Instant.parse("2026-03-20T10:00:00Z"));
        t9 = ticket(frontLine);
        clock.pin(Instant.parse("2026-03-24T10:00:00Z"));
        article = TestArticles.inReview(agent);
        TestArticles.approve(admin, article);
        clock.pin(Instant.parse("2026-03-25T10:00:00Z"));
        t0 = ticket(frontLine);

        clock.pin(Instant.parse("2026-03-26T08:00:00Z"));
        t1 = ticket(frontLine);
        clock.pin(Instant.parse("2026-03-26T08:30:00Z"));
        reply(t1);
        clock.pin(Instant.parse("2026-03-26T14:00:00Z"));
        resolve(t1, """
                {"to": "RESOLVED", "resolutionCode": "SOLVED_BY_KB", "resolutionNotes": "Guides reset.",
                 "articleId": "%s"}""".formatted(article));
        clock.pin(Instant.parse("2026-03-26T15:30:00Z"));
        t2 = ticket(frontLine);

        clock.pin(Instant.parse("2026-03-27T09:00:00Z"));
        rate(t1, 5);
        t3 = ticket(frontLine);

        clock.pin(Instant.parse("2026-03-28T10:00:00Z"));
        move(requester, t1, """
                {"to": "CLOSED"}""").then().statusCode(200);
        t4 = ticket(frontLine);
        clock.pin(Instant.parse("2026-03-28T11:00:00Z"));
        move(agent, t4, """
                {"to": "CANCELLED", "cancelReason": "Recorded twice."}""").then().statusCode(200);

        clock.pin(Instant.parse("2026-03-29T00:30:00Z"));
        t5 = ticket(frontLine);
        clock.pin(Instant.parse("2026-03-29T22:30:00Z"));
        t6 = ticket(frontLine);

        clock.pin(Instant.parse("2026-03-30T05:00:00Z"));
        outage = TestAnnouncements.published(supervisor, """
                {"type": "UNPLANNED_OUTAGE", "impact": "MINOR", "language": "en",
                 "text": {"title": "Mail is down", "body": "Nobody receives mail."},
                 "startsAt": "2026-03-30T06:00:00Z", "audience": {"kind": "EVERYONE"}}""");
        link(outage, t5);
        link(outage, t6);
        quietOutage = TestAnnouncements.published(supervisor, """
                {"type": "PLANNED_OUTAGE", "impact": "MINOR", "language": "en",
                 "text": {"title": "Printer maintenance", "body": "Printing stops for an hour."},
                 "startsAt": "2026-03-31T06:00:00Z", "estimatedEndAt": "2026-03-31T07:00:00Z",
                 "audience": {"kind": "EVERYONE"}}""");
        TestAnnouncements.draft(supervisor, """
                {"type": "UNPLANNED_OUTAGE", "impact": "MINOR", "language": "en",
                 "text": {"title": "Never published", "body": "A draft."},
                 "startsAt": "2026-03-30T07:00:00Z", "audience": {"kind": "EVERYONE"}}""");
        clock.pin(Instant.parse("2026-03-30T06:05:00Z"));
        reply(t6);
        clock.pin(Instant.parse("2026-03-30T06:30:00Z"));
        reply(t2);
        clock.pin(Instant.parse("2026-03-30T07:30:00Z"));
        reply(t3);
        clock.pin(Instant.parse("2026-03-30T08:00:00Z"));
        String escalation = TestEscalations.escalate(agent, t3, specialists)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        clock.pin(Instant.parse("2026-03-30T08:10:00Z"));
        TestEscalations.answer(agent, escalation, "decline", """
                        {"reason": "Front line can do this."}""").then().statusCode(200);
        clock.pin(Instant.parse("2026-03-30T12:00:00Z"));
        resolve(t2, """
                {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Replaced the cable."}""");
        clock.pin(Instant.parse("2026-03-30T13:00:00Z"));
        move(agent, t3, """
                {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Reconfigured."}""").then().statusCode(200);
        clock.pin(Instant.parse("2026-03-30T14:00:00Z"));
        rate(t3, 3);

        clock.pin(Instant.parse("2026-03-31T08:00:00Z"));
        move(agent, t2, """
                {"to": "IN_PROGRESS"}""").then().statusCode(200);
        clock.pin(Instant.parse("2026-03-31T09:00:00Z"));
        TestArticles.create(agent, """
                {"type": "SOLUTION", "language": "en", "title": "Switch port reconfiguration (%s)",
                 "body": "Set the port to access mode.", "sourceTicket": "%s"}""".formatted(UUID.randomUUID(), t3));
        clock.pin(Instant.parse("2026-03-31T20:00:00Z"));
        t7 = ticket(specialists);
        TestEvents.place();
    }

    private String queue(int tier, String member, String supervisorId) {
        return Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "KPI front line %s", "tier": %s, "memberIds": ["%s"], "supervisorId": "%s"}""".formatted(UUID.randomUUID(), tier, member, supervisorId))
                .post("/api/v1/queues")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void policy() {
        String calendar = Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "Berlin %s", "timeZone": "Europe/Berlin",
                         "week": {"MONDAY": [{"start": "08:00", "end": "16:00"}],
                         "TUESDAY": [{"start": "08:00", "end": "16:00"}],
                         "WEDNESDAY": [{"start": "08:00", "end": "16:00"}],
                         "THURSDAY": [{"start": "08:00", "end": "16:00"}],
                         "FRIDAY": [{"start": "08:00", "end": "16:00"}]},
                         "holidays": [{"date": "2026-03-27", "name": "Desk holiday"}]}""".formatted(UUID.randomUUID()))
                .post("/api/v1/calendars")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String target = """
                {"firstResponseMinutes": 60, "resolutionMinutes": 480}""";
        Api.as(admin)
                .contentType("application/json")
                .body("""
                        {"name": "KPI %s", "calendarId": "%s", "conditions": {"requesterDepartments": ["%s"]},
                         "targets": {"CRITICAL": %s, "HIGH": %s, "MEDIUM": %s, "LOW": %s, "INFORMATIONAL": %s},
                         "pauseWhen": [{"status": "PENDING"}], "firstResponseMetBy": ["PUBLIC_REPLY"]}""".formatted(UUID.randomUUID(), calendar, department, target, target, target, target, target))
                .post("/api/v1/sla-policies")
                .then()
                .statusCode(201);
    }

    private String ticket(String queue) {
        String ticket = Api.as(requester)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "KPI data set %s"}""".formatted(UUID.randomUUID()))
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        TestQueues.assign(agent, ticket, """
                        {"queueId": "%s", "assigneeId": "%s"}""".formatted(queue, agent.signIn()))
                .then()
                .statusCode(200);
        return ticket;
    }

    private void reply(String ticket) {
        Api.as(agent)
                .contentType("application/json")
                .body("""
                        {"body": "We are on it.", "visibility": "PUBLIC"}""")
                .post("/api/v1/tickets/" + ticket + "/comments")
                .then()
                .statusCode(201);
    }

    private void resolve(String ticket, String resolution) {
        move(agent, ticket, """
                {"to": "IN_PROGRESS"}""").then().statusCode(200);
        move(agent, ticket, resolution).then().statusCode(200);
    }

    private void rate(String ticket, int overall) {
        TestEvents.place();
        Api.as(requester)
                .contentType("application/json")
                .body("""
                        {"questionsVersion": 1, "overall": %s, "responseTime": 4, "problemSolving": 4,
                         "communication": 4}""".formatted(overall))
                .post("/api/v1/tickets/" + ticket + "/survey/answer")
                .then()
                .statusCode(201);
    }

    private void link(String announcement, String ticket) {
        Api.as(agent)
                .put("/api/v1/announcements/" + announcement + "/tickets/" + ticket)
                .then()
                .statusCode(200);
    }
}
