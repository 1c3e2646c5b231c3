package dev.servicedesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A client keeping its copy with the sync feed: where its feed ends now, and what changed since. */
public final class TestSync {
    private TestSync() {}

    /** What a client read: every page's items in order, and the cursor to read on from. */
    public record Synced(List<Map<String, Object>> items, String cursor) {
        /** The items about {@code id}. */
        public List<Map<String, Object>> about(String id) {
            return items.stream().filter(item -> id.equals(item.get("id"))).toList();
        }

        /** The one item about {@code id}, which must be there once. */
        public Map<String, Object> only(String id) {
            assertThat(about(id)).as("changes told of %s", id).hasSize(1);
            return about(id).get(0);
        }
    }

    /** Where {@code user}'s feed ends now (what has committed placed first). */
    public static String end(TestUser user) {
        return after(user, null).cursor();
    }

    /** Everything {@code user} is told after {@code cursor} (null: from the start), every page read. */
    public static Synced after(TestUser user, String cursor) {
        TestEvents.place();
        List<Map<String, Object>> items = new ArrayList<>();
        boolean more = true;
        while (more) {
            JsonPath page = page(user, cursor, 200);
            List<Map<String, Object>> read = page.getList("items");
            assertThat(read.stream().map(item -> item.get("resourceType") + "/" + item.get("id")))
                    .as("a resource once a page")
                    .doesNotHaveDuplicates();
            items.addAll(read);
            cursor = page.getString("nextCursor");
            more = page.getBoolean("hasMore");
        }
        return new Synced(items, cursor);
    }

    /** One page as {@code user} reads it. */
    public static JsonPath page(TestUser user, String cursor, int limit) {
        RequestSpecification request = Api.as(user).queryParam("limit", limit);
        return (cursor == null ? request : request.queryParam("cursor", cursor))
                .get("/api/v1/sync")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
