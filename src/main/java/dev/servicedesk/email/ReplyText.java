package dev.servicedesk.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What someone wrote in a reply, without what their mail client quoted or appended: the quoted
 * history (lines quoted with {@code >} and the "On … wrote:" line that introduces them, or
 * everything below an "Original Message" separator or an Outlook reply header) and the signature
 * (below RFC 3676's "-- " line, and the "Sent from my iPhone" kind). An answer written between
 * quoted lines stays. When nothing would be left, the text stays as it came.
 */
final class ReplyText {
    /** "On Tue, 24 Nov 2026 at 10:02, Ana <ana@example.org> wrote:" and its German and French kin. */
    private static final Pattern ATTRIBUTION =
            Pattern.compile("(?iu)^\\s*(on\\b.*\\bwrote|am\\b.*\\bschrieb.*|le\\b.*\\ba [ée]crit)\\s*:\\s*$");
    /** Where an Outlook-style reply puts the whole previous message below its own. */
    private static final Pattern SEPARATOR =
            Pattern.compile("(?iu)^\\s*(-{2,}\\s*(original message|ursprüngliche nachricht|message d'origine)\\s*-{2,}"
                    + "|_{10,})\\s*$");
    /** The first line of the header block Outlook writes above the quoted message. */
    private static final Pattern HEADER_FROM = Pattern.compile("(?iu)^\\s*\\*?(from|von|de)\\s*:\\*?\\s+\\S.*$");

    private static final Pattern HEADER_SENT =
            Pattern.compile("(?iu)^\\s*\\*?(sent|date|gesendet|datum|envoyé)\\s*:\\*?\\s+\\S.*$");
    private static final Pattern SIGNATURE = Pattern.compile("^--\\s?$");
    private static final Pattern SENT_FROM =
            Pattern.compile("(?iu)^\\s*(sent from (my )?\\S.*|von meinem \\S+ gesendet|gesendet von \\S.*"
                    + "|get outlook for \\S.*|envoyé de mon \\S.*)\\s*$");

    /** How much of a message is read for the reply: its top, where a reply is written. */
    private static final int MAX_READ = 100_000;
    /** The longest line that may be a quote's attribution or a separator; longer ones are never looked at as such. */
    private static final int MAX_MARKER_LINE = 300;

    private ReplyText() {}

    static String of(String written) {
        String text = written.length() <= MAX_READ ? written : written.substring(0, MAX_READ);
        List<String> lines = List.of(text.replace("\r\n", "\n").split("\n", -1));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isMarker(line, SEPARATOR)
                    || outlookHeader(lines, i)
                    || SIGNATURE.matcher(line).matches()) {
                break;
            }
            if (line.startsWith(">")) {
                dropAttribution(kept);
                continue;
            }
            kept.add(line);
        }
        dropAttribution(kept);
        while (!kept.isEmpty() && (last(kept).isBlank() || isMarker(last(kept), SENT_FROM))) {
            kept.remove(kept.size() - 1);
        }
        String reply = String.join("\n", kept).strip();
        return reply.isEmpty() ? text.strip() : reply;
    }

    private static boolean isMarker(String line, Pattern marker) {
        return line.length() <= MAX_MARKER_LINE && marker.matcher(line).matches();
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }

    /** "From: …" followed within two lines by "Sent: …" (or its German and French names). */
    private static boolean outlookHeader(List<String> lines, int at) {
        if (!isMarker(lines.get(at), HEADER_FROM)) {
            return false;
        }
        for (int next = at + 1; next < Math.min(lines.size(), at + 3); next++) {
            if (isMarker(lines.get(next), HEADER_SENT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The attribution that introduced a quote, as the last lines kept before it: a line ending in
     * "wrote:", or one a client wrapped in two ("On …, Ana &lt;ana@" / "example.org&gt; wrote:").
     */
    private static void dropAttribution(List<String> kept) {
        while (!kept.isEmpty() && last(kept).isBlank()) {
            kept.remove(kept.size() - 1);
        }
        if (kept.isEmpty()) {
            return;
        }
        if (isMarker(last(kept), ATTRIBUTION)) {
            kept.remove(kept.size() - 1);
        } else if (kept.size() >= 2 && isMarker(kept.get(kept.size() - 2) + " " + last(kept), ATTRIBUTION)) {
            kept.remove(kept.size() - 1);
            kept.remove(kept.size() - 1);
        }
    }
}
