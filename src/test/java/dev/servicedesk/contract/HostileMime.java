package dev.servicedesk.contract;

import java.util.LinkedHashMap;
import java.util.Map;

/** MIME bodies broken in the ways clients and attackers break them, for operations that take files. */
final class HostileMime {
    static final String BOUNDARY = "b0undary";
    static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    private HostileMime() {}

    static Map<String, String> multipartBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("empty", "");
        bodies.put("no parts", close());
        bodies.put("no closing boundary", part("file", "a.txt", "text/plain", "abc"));
        bodies.put("another boundary", "--other\r\n" + headers("file", "a.txt", "text/plain") + "abc\r\n--other--\r\n");
        bodies.put(
                "a field, not a file",
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n" + close());
        bodies.put(
                "malformed part headers",
                "--" + BOUNDARY + "\r\nContent-Disposition form-data name=file\r\n" + "Content-Type\r\n\r\nabc\r\n"
                        + close());
        bodies.put(
                "no blank line after the headers",
                "--" + BOUNDARY + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nabc\r\n" + close());
        bodies.put(
                "a path for a file name", part("file", "../../../../etc/passwd", "text/plain", "root:x:0:0") + close());
        bodies.put(
                "control characters in the file name",
                part("file", "a\u0001\u007f\u202Eb.txt", "text/plain", "abc") + close());
        bodies.put(
                "a file name of 100,000 characters", part("file", "n".repeat(100_000), "text/plain", "abc") + close());
        bodies.put("an empty file name", part("file", "", "text/plain", "abc") + close());
        bodies.put("a file name of mojibake", part("file", "\u00ff\u00fe\u00c3(.txt", "text/plain", "abc") + close());
        bodies.put(
                "an encoded-word file name",
                part("file", "=?UTF-8?B?Li4vLi4vZXZpbC5leGU=?=", "text/plain", "abc") + close());
        bodies.put("an unknown content type", part("file", "a.bin", "x/\u0000y; charset=nope", "abc") + close());
        bodies.put(
                "base64 that is not base64",
                "--" + BOUNDARY + "\r\n"
                        + headers("file", "a.txt", "text/plain")
                                .replace("\r\n\r\n", "\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                        + "!!!not base64***\r\n" + close());
        bodies.put(
                "a nested multipart",
                "--" + BOUNDARY + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"nested.eml\"\r\n"
                        + "Content-Type: multipart/mixed; boundary=inner\r\n\r\n"
                        + "--inner\r\nContent-Type: text/plain\r\n\r\ninner one\r\n"
                        + "--inner\r\nContent-Type: multipart/mixed; boundary=deeper\r\n\r\n--deeper\r\n\r\nx\r\n--deeper--\r\n"
                        + "--inner--\r\n\r\n" + close());
        bodies.put(
                "two files",
                part("file", "a.txt", "text/plain", "a") + part("file", "b.txt", "text/plain", "b") + close());
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            many.append(part("file" + i, i + ".txt", "text/plain", "x"));
        }
        bodies.put("a thousand parts", many + close());
        bodies.put(
                "a header line of 100,000 characters",
                "--" + BOUNDARY + "\r\nX-Filler: " + "x".repeat(100_000) + "\r\n"
                        + headers("file", "a.txt", "text/plain") + "abc\r\n" + close());
        return bodies;
    }

    private static String part(String name, String fileName, String type, String content) {
        return "--" + BOUNDARY + "\r\n" + headers(name, fileName, type) + content + "\r\n";
    }

    private static String headers(String name, String fileName, String type) {
        return "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + type + "\r\n\r\n";
    }

    private static String close() {
        return "--" + BOUNDARY + "--\r\n";
    }
}
