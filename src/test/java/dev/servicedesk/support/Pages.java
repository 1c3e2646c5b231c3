package dev.servicedesk.support;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Walks a cursor-paged list to its end. */
public final class Pages {
    private Pages() {}

    /** The {@code field} of every item of the list at {@code path}, two items a page, in list order. */
    public static List<String> walk(TestUser user, String path, Map<String, ?> query, String field) {
        List<String> values = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = Api.as(user).queryParams(query).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(path);
            page.then().statusCode(200);
            values.addAll(page.path("items." + field));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return values;
    }
}
