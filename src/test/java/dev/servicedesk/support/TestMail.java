package dev.servicedesk.support;

import static io.restassured.RestAssured.given;

import dev.servicedesk.identity.Role;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages of the corpus in {@code src/test/resources/mail}, as mail clients wrote them, with
 * {@code ${name}} filled in (the sender, the desk's address, the ticket, the message answered),
 * handed to the service as the mail gateway does.
 */
public final class TestMail {
    public static final String RFC822 = "message/rfc822";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");
    private static final TestUser GATEWAY = TestUser.with(Role.INTEGRATION);

    private TestMail() {}

    /** The corpus message {@code name} with {@code values} (and a fresh Message-ID unless given). */
    public static byte[] message(String name, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.putIfAbsent("messageId", newMessageId());
        all.putIfAbsent("nonce", UUID.randomUUID().toString());
        String text = corpus(name);
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = all.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException(name + " needs ${" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String newMessageId() {
        return "<" + UUID.randomUUID() + "@mail.example.org>";
    }

    /** Hands {@code raw} over as the mail gateway does. */
    public static Response deliver(byte[] raw) {
        return Api.as(GATEWAY).contentType(RFC822).body(raw).post("/api/v1/inbound-email");
    }

    public static Response deliver(String name, Map<String, String> values) {
        return deliver(message(name, values));
    }

    /** Like {@link #deliver}, without holding the request to the contract (for what a client may not send). */
    public static Response deliverHostile(byte[] raw) {
        return given().filter(Contract.RESPONSES)
                .header("Authorization", "Bearer " + GATEWAY.token())
                .contentType(RFC822)
                .body(raw)
                .post("/api/v1/inbound-email");
    }

    private static String corpus(String name) {
        try (InputStream in = TestMail.class.getResourceAsStream("/mail/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no message " + name + " in the corpus");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
