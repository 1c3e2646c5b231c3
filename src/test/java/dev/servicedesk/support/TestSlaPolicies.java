package dev.servicedesk.support;

import dev.servicedesk.identity.Role;
import java.util.UUID;

/** Business calendars and SLA policies the tests start from, recorded through the API by an admin. */
public final class TestSlaPolicies {
    private static final TestUser ADMIN = TestUser.with(Role.ADMIN);

    private TestSlaPolicies() {}

    /** A new calendar open around the clock, in UTC; answers its id. */
    public static String alwaysOpenCalendar() {
        return Api.as(ADMIN)
                .contentType("application/json")
                .body("""
                        {"name": "Always %s", "timeZone": "UTC", "alwaysOpen": true}""".formatted(UUID.randomUUID()))
                .post("/api/v1/calendars")
                .path("id");
    }

    /**
     * A policy for the department's requesters on an always-open calendar: a MEDIUM ticket's first
     * response within 60 minutes and resolution within 480, warned of at 50 and 90 %.
     */
    public static void firstResponseWithinTheHour(String department) {
        Api.as(ADMIN)
                .contentType("application/json")
                .body("""
                        {"name": "Hourly %s", "calendarId": "%s", "conditions": {"requesterDepartments": ["%s"]},
                         "warningThresholds": [50, 90], "targets": {"MEDIUM": {"firstResponseMinutes": 60,
                         "resolutionMinutes": 480}}}""".formatted(UUID.randomUUID(), alwaysOpenCalendar(), department))
                .post("/api/v1/sla-policies")
                .then()
                .statusCode(201);
    }
}
