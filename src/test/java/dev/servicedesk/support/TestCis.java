package dev.servicedesk.support;

import dev.servicedesk.identity.Role;
import java.util.UUID;

/** Configuration items the tests start from, recorded through the API by an admin. */
public final class TestCis {
    private static final TestUser ADMIN = TestUser.with(Role.ADMIN);

    private TestCis() {}

    /** A new IN_USE item of {@code type}, named uniquely, owned by nobody; answers its id. */
    public static String item(String type) {
        return item(type, null, "MEDIUM");
    }

    /** A new IN_USE item of {@code type}, owned by the person {@code ownerId} (or nobody), of {@code criticality}. */
    public static String item(String type, String ownerId, String criticality) {
        return Api.as(ADMIN)
                .contentType("application/json")
                .body("""
                        {"name": "%s %s", "type": "%s", "ownerId": %s, "criticality": "%s"}""".formatted(
                                type.toLowerCase(),
                                UUID.randomUUID(),
                                type,
                                ownerId == null ? "null" : "\"" + ownerId + "\"",
                                criticality))
                .post("/api/v1/cis")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Relates {@code source} to {@code target} as the admin ({@code group} may be null); answers the relationship's id. */
    public static String relate(String source, String type, String target, String group) {
        return Api.as(ADMIN)
                .contentType("application/json")
                .body("""
                        {"type": "%s", "targetId": "%s", "redundancyGroup": %s}""".formatted(type, target, group == null ? "null" : "\"" + group + "\""))
                .post("/api/v1/cis/" + source + "/relationships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Sets the item's status (through a merge patch, as the admin). */
    public static void setStatus(String id, String status) {
        String etag = Api.as(ADMIN).get("/api/v1/cis/" + id).header("ETag");
        Api.as(ADMIN)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("""
                        {"status": "%s"}""".formatted(status))
                .patch("/api/v1/cis/" + id)
                .then()
                .statusCode(200);
    }
}
