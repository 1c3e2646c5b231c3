package dev.servicedesk.support;

/** Tickets the tests start from, recorded through the API like any other. */
public final class TestTickets {
    private TestTickets() {}

    /** A new INCIDENT "Printer jams" recorded by {@code requester}; answers its id. */
    public static String printerJam(TestUser requester) {
        return Api.as(requester)
                .contentType("application/json")
                .body("{\"type\":\"INCIDENT\",\"subject\":\"Printer jams\"}")
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
