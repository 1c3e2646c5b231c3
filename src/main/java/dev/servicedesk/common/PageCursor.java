package dev.servicedesk.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * An opaque keyset position: the sort it belongs to, the last item's sort value and its id (the
 * tie-breaker). A cursor from one sort cannot be replayed under another.
 */
public record PageCursor(String sort, String lastValue, UUID lastId) {
    private static final String VERSION = "1";
    private static final char SEPARATOR = '\n';
    private static final int MAX_ENCODED_LENGTH = 1024;

    public String encode() {
        String raw =
                String.join(String.valueOf(SEPARATOR), VERSION, escape(sort), escape(lastValue), lastId.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor a client sent back; anything we did not issue for this sort is a 400. */
    public static PageCursor decode(String encoded, String expectedSort) {
        try {
            if (encoded.length() > MAX_ENCODED_LENGTH) {
                throw invalid();
            }
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            List<String> parts = split(raw);
            if (parts.size() != 4 || !parts.get(0).equals(VERSION)) {
                throw invalid();
            }
            PageCursor cursor = new PageCursor(parts.get(1), parts.get(2), UUID.fromString(parts.get(3)));
            if (!cursor.sort().equals(expectedSort)) {
                throw ProblemException.invalid("cursor", "belongs to another sort order; start again without a cursor");
            }
            return cursor;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** The sort value as the instant a time-ordered list put there; a tampered one is a 400. */
    public Instant lastInstant() {
        try {
            Instant instant = Instant.parse(lastValue);
            if (!Instants.isInRange(instant)) {
                throw invalid();
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalid("cursor", "is not a cursor this service issued");
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }

    private static List<String> split(String raw) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(++i);
                current.append(next == 'n' ? '\n' : next);
            } else if (c == SEPARATOR) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
