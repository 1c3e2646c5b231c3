package dev.servicedesk.support;

import dev.servicedesk.event.EventSequencer;
import dev.servicedesk.identity.Role;
import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;

/** The domain events told about a subject, read as an admin reads them (webhooks' own too) once they are placed. */
public final class TestEvents {
    private static final TestUser ADMIN = TestUser.with(Role.ADMIN);

    private TestEvents() {}

    /** Every event about {@code subjectId} so far (up to 200), oldest first. */
    public static JsonPath about(String subjectId) {
        place();
        return Api.as(ADMIN)
                .queryParam("subjectId", subjectId)
                .queryParam("limit", 200)
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Places whatever has committed, as the sequencer would moments later. */
    public static void place() {
        EventSequencer sequencer =
                Arc.container().instance(EventSequencer.class).get();
        Jobs.await(() -> sequencer.place(10_000));
    }
}
