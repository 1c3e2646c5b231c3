package dev.servicedesk.support;

import io.restassured.response.Response;

/** Tickets the tests start from, recorded through the API like any other. */
public final class TestTickets {
    private TestTickets() {}

    /** A new INCIDENT "Printer jams" recorded by {@code requester}; answers its id. */
    public static String printerJam(TestUser requester) {
        return Api.as(requester)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "Printer jams"}""")
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Moves the ticket as {@code user}, with the ETag the user reads first; answers the response. */
    public static Response move(TestUser user, String ticket, String transitionJson) {
        String etag = Api.as(user).get("/api/v1/tickets/" + ticket).header("ETag");
        return Api.hostile(user)
                .contentType("application/json")
                .header("If-Match", etag)
                .body(transitionJson)
                .post("/api/v1/tickets/" + ticket + "/transitions");
    }
}
