package dev.servicedesk.support;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;

/** Files the tests add to tickets and comments, through the API like any client. */
public final class TestAttachments {
    /** The first bytes of a PNG image: enough for its type to be told from its bytes. */
    public static final byte[] PNG = bytes(
            0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8,
            2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde);

    private TestAttachments() {}

    /** Uploads one file as {@code user} to {@code path} (a ticket's or a comment's files); answers the response. */
    public static Response upload(TestUser user, String path, String name, byte[] bytes, String type) {
        return Api.uploadAs(user).multiPart("file", name, bytes, type).post(path);
    }

    public static String files(String ticket) {
        return "/api/v1/tickets/" + ticket + "/attachments";
    }

    public static String commentFiles(String ticket, String comment) {
        return "/api/v1/tickets/" + ticket + "/comments/" + comment + "/attachments";
    }

    public static String content(String ticket, String id) {
        return files(ticket) + "/" + id + "/content";
    }

    /** A comment by {@code user}; answers its id. */
    public static String comment(TestUser user, String ticket, String visibility, String body) {
        return Api.as(user)
                .contentType("application/json")
                .body("{\"body\": \"%s\", \"visibility\": \"%s\"}".formatted(body, visibility))
                .post("/api/v1/tickets/" + ticket + "/comments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
