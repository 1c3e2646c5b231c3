package dev.servicedesk.email;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.stream.Field;

/**
 * Tells mail a machine wrote (auto-replies, bounces, read receipts, lists and newsletters) from
 * mail a person wrote: the desk answers none of it and makes no ticket of it, so no loop between
 * two auto-responders can start. RFC 3834's {@code Auto-Submitted} first, then what the common
 * mail systems put in its place.
 */
final class AutomaticMail {
    private static final Pattern BULK_PRECEDENCE = Pattern.compile("(?i)\\s*(bulk|junk|list|auto_reply)\\s*");
    /** The subject an out-of-office reply starts with ("Automatic reply: …") in clients that mark it no other way. */
    private static final Pattern OUT_OF_OFFICE_SUBJECT = Pattern.compile(
            "(?iu)^\\s*(automatic reply|automatische antwort|auto-?reply|out of (the )?office|abwesenheitsnotiz"
                    + "|r[ée]ponse automatique)\\s*:.*");

    private static final List<String> AUTO_REPLY_HEADERS =
            List.of("X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Reply");
    private static final List<String> LIST_HEADERS = List.of("List-Id", "List-Unsubscribe", "List-Post");
    private static final List<String> DAEMONS = List.of("mailer-daemon", "postmaster", "noreply", "no-reply");

    private AutomaticMail() {}

    /** Why {@code message} was written by a machine; null when a person wrote it. */
    static String reason(Message message, Mailbox from) {
        String autoSubmitted = header(message, "Auto-Submitted");
        if (autoSubmitted != null
                && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return "it is an automatic message (Auto-Submitted: " + MailHeaders.shown(message, "Auto-Submitted") + ")";
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && BULK_PRECEDENCE.matcher(precedence).matches()) {
            return "it is bulk mail (Precedence: " + MailHeaders.shown(message, "Precedence") + ")";
        }
        for (String name : AUTO_REPLY_HEADERS) {
            if (header(message, name) != null) {
                return "it is an auto-reply (" + name + ")";
            }
        }
        for (String name : LIST_HEADERS) {
            if (header(message, name) != null) {
                return "it came from a mailing list (" + name + ")";
            }
        }
        if ("multipart/report".equalsIgnoreCase(message.getMimeType())) {
            return "it is a delivery or read report";
        }
        String returnPath = header(message, "Return-Path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return "it has no return path (a bounce)";
        }
        if (DAEMONS.contains(from.getLocalPart().toLowerCase(Locale.ROOT))) {
            return "it comes from a system address (" + MailHeaders.clean(from.getLocalPart()) + ")";
        }
        if (OUT_OF_OFFICE_SUBJECT.matcher(MailHeaders.subject(message)).matches()) {
            return "it is an out-of-office reply";
        }
        return null;
    }

    private static String header(Message message, String name) {
        Field field = message.getHeader().getField(name);
        return field == null ? null : field.getBody();
    }
}
