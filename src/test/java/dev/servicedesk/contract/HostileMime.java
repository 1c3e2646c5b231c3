package dev.servicedesk.contract;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** MIME bodies broken in the ways clients and attackers break them, for operations that take files or mail. */
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

    /** A well-formed new message, unique each time. */
    static byte[] validMessage() {
        return message("From: Hostile Tester <hostile@example.org>\r\nTo: desk@example.org\r\nSubject: hello\r\n"
                + "Message-ID: <" + UUID.randomUUID() + "@example.org>\r\n\r\nA message.\r\n");
    }

    /** Raw e-mails broken in every way a mail gateway may hand them over: each is a 4xx or a receipt, never a 5xx. */
    static Map<String, String> messages() {
        String from = "From: Hostile Tester <hostile@example.org>\r\n";
        // each its own Message-ID, so that none is answered as a redelivery of another
        String id = "Message-ID: <%s@example.org>\r\n";
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("empty", "");
        bodies.put("only a blank line", "\r\n");
        bodies.put("no headers", "just some text\r\n");
        bodies.put("no From", "To: desk@example.org\r\nSubject: hi\r\n\r\nbody\r\n");
        bodies.put("a From without an address", "From: Nobody\r\n\r\nbody\r\n");
        bodies.put("a malformed From", "From: <<<@@@>>> \"unclosed\r\n\r\nbody\r\n");
        bodies.put("a From of 100,000 characters", "From: " + "a".repeat(100_000) + "@example.org\r\n\r\nbody\r\n");
        bodies.put("a From with control characters", "From: a\u0000b@exa\u0001mple.org\r\n\r\nbody\r\n");
        bodies.put("a group as From", "From: Team: a@example.org, b@example.org;\r\n\r\nbody\r\n");
        bodies.put("a header without a colon", from + id + "This is not a header\r\n\r\nbody\r\n");
        bodies.put(
                "a header line of 200,000 characters",
                from + id + "X-Filler: " + "x".repeat(200_000) + "\r\n\r\nb\r\n");
        bodies.put("two thousand headers", from + id + "X-H: v\r\n".repeat(2000) + "\r\nbody\r\n");
        bodies.put("a subject of 100,000 characters", from + id + "Subject: " + "s".repeat(99_000) + "\r\n\r\nb\r\n");
        bodies.put(
                "NUL in encoded words",
                from + id + "Subject: =?UTF-8?Q?a=00b?=\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding:"
                        + " quoted-printable\r\n\r\nnul =00 here\r\n");
        bodies.put(
                "broken encoded words", from + id + "Subject: =?UTF-8?B?!!!notbase64?= =?x-nope?Q?abc?=\r\n\r\nb\r\n");
        bodies.put(
                "an unknown charset",
                from + id + "Content-Type: text/plain; charset=x-no-such\r\n\r\n\u00ff\u00fe\r\n");
        bodies.put(
                "base64 that is not base64",
                from + id + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!***\r\n");
        bodies.put(
                "quoted-printable that is not",
                from + id + "Content-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=ZZ=\r\n");
        bodies.put("a multipart without a boundary", from + id + "Content-Type: multipart/mixed\r\n\r\nbody\r\n");
        bodies.put(
                "a multipart never closed",
                from + id
                        + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nx\r\n");
        bodies.put("multiparts nested 500 deep", from + id + nested(500));
        bodies.put(
                "messages nested 5,000 deep",
                from + id + "Content-Type: message/rfc822\r\n\r\n"
                        + (from + "Content-Type: message/rfc822\r\n\r\n").repeat(5000) + from + "\r\ninnermost\r\n");
        bodies.put(
                "an attachment over the file limit",
                from + id
                        + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee"
                        + "\r\n--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment;"
                        + " filename=\"big.bin\"\r\n\r\n" + "z".repeat(200_000) + "\r\n--b--\r\n");
        bodies.put(
                "an attachment named like a path with control characters",
                from + id + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: image/png\r\n"
                        + "Content-Disposition: attachment; filename=\"../../\u0001\u202Eevil.exe\"\r\n\r\nPNG\r\n--b--\r\n");
        bodies.put(
                "In-Reply-To with ten thousand ids",
                from + id + "In-Reply-To: " + "<x@y> ".repeat(10_000) + "\r\n\r\nb\r\n");
        bodies.put("a Message-ID of 5,000 characters", from + "Message-ID: <" + "m".repeat(5000) + "@x>\r\n\r\nb\r\n");
        bodies.put(
                "raw bytes",
                new String(
                        new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 13, 10, 13, 10}, StandardCharsets.ISO_8859_1));
        return bodies;
    }

    private static String nested(int depth) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            open.append("Content-Type: multipart/mixed; boundary=n")
                    .append(level)
                    .append("\r\n\r\n--n")
                    .append(level)
                    .append("\r\n");
            close.insert(0, "\r\n--n" + level + "--\r\n");
        }
        return open + "Content-Type: text/plain\r\n\r\ndeep" + close;
    }

    private static byte[] message(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
