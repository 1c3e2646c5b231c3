package dev.servicedesk.support;

import io.restassured.response.Response;

/** Escalations the tests open and answer through the API, each under the ETag its user reads first. */
public final class TestEscalations {
    private TestEscalations() {}

    /** A FUNCTIONAL escalation of the ticket to {@code queue} by {@code user}, for the switch configuration. */
    public static Response escalate(TestUser user, String ticket, String queue) {
        String etag = Api.as(user).get("/api/v1/tickets/" + ticket).header("ETag");
        return Api.as(user)
                .contentType("application/json")
                .header("If-Match", etag)
                .body("""
                        {"kind": "FUNCTIONAL", "toQueueId": "%s",
                         "reason": "Needs the switch configuration"}""".formatted(queue))
                .post("/api/v1/tickets/" + ticket + "/escalations");
    }

    /** Takes {@code step} (acknowledge, decline) on the escalation as {@code user}; answers the response. */
    public static Response answer(TestUser user, String escalation, String step, String json) {
        String etag = Api.as(user).get("/api/v1/escalations/" + escalation).header("ETag");
        return Api.hostile(user)
                .contentType("application/json")
                .header("If-Match", etag)
                .body(json)
                .post("/api/v1/escalations/" + escalation + "/" + step);
    }
}
