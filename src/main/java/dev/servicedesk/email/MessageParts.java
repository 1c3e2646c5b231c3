package dev.servicedesk.email;

import dev.servicedesk.attachment.FileNames;
import dev.servicedesk.attachment.ReceivedFile;
import dev.servicedesk.email.dto.FileLeftOut;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.message.DefaultMessageWriter;

/**
 * The text and files of a message's parts, depth first, as a mail client shows them: of
 * alternatives the plain text, else the HTML made text; every part sent as an attachment, and
 * every part that is neither plain text nor HTML (an inline image, a calendar invitation), a file
 * (those of the alternatives not shown too); a forwarded message a file of its own. Parts nested
 * deeper than any mail client writes them are left unread, and files beyond {@link #MAX_FILES}
 * are left out, each named.
 */
final class MessageParts {
    static final int MAX_DEPTH = 20;
    static final int MAX_FILES = 50;
    private static final int MAX_NAMED_LEFT_OUT = 100;

    private final StringBuilder plain = new StringBuilder();
    private final StringBuilder html = new StringBuilder();
    private final List<ReceivedFile> files = new ArrayList<>();
    private final List<FileLeftOut> leftOut = new ArrayList<>();

    static MessageParts of(Message message) {
        MessageParts parts = new MessageParts();
        parts.walk(message, 0, true);
        return parts;
    }

    String text() {
        String text = plain.isEmpty() && !html.isEmpty() ? HtmlText.of(html.toString()) : plain.toString();
        return MailHeaders.clean(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    List<ReceivedFile> files() {
        return List.copyOf(files);
    }

    List<FileLeftOut> leftOut() {
        return List.copyOf(leftOut);
    }

    /** A part, read for its text when {@code shown} (else for its files alone: an alternative not shown). */
    private void walk(Entity entity, int depth, boolean shown) {
        if (depth > MAX_DEPTH) {
            return;
        }
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            walkMultipart(multipart, depth, shown);
        } else if (body instanceof Message attached) {
            String name = fileName(entity, MailHeaders.subject(attached), "message.eml");
            if (nestsDeeperThan(attached, MAX_DEPTH)) {
                leave(name, "it nests other messages deeper than can be kept");
            } else {
                keep(name, written(attached));
            }
        } else if (body instanceof SingleBody single) {
            take(entity, single, shown);
        }
    }

    /** Of alternatives, the plain text when there is one (else the last, the richest), and the files of all. */
    private void walkMultipart(Multipart multipart, int depth, boolean shown) {
        List<Entity> parts = multipart.getBodyParts();
        if ("alternative".equalsIgnoreCase(multipart.getSubType()) && !parts.isEmpty()) {
            Entity chosen = parts.stream()
                    .filter(part -> "text/plain".equalsIgnoreCase(part.getMimeType()))
                    .findFirst()
                    .orElse(parts.get(parts.size() - 1));
            parts.forEach(part -> walk(part, depth + 1, shown && part == chosen));
            return;
        }
        parts.forEach(part -> walk(part, depth + 1, shown));
    }

    private void take(Entity entity, SingleBody body, boolean shown) {
        String type = entity.getMimeType().toLowerCase(Locale.ROOT);
        boolean attachment = "attachment".equalsIgnoreCase(entity.getDispositionType()) || entity.getFilename() != null;
        boolean text =
                !attachment && body instanceof TextBody && (type.equals("text/plain") || type.equals("text/html"));
        if (!text) {
            keep(fileName(entity, null, "attachment"), bytes(body));
        } else if (shown && type.equals("text/plain")) {
            String written = read((TextBody) body);
            append(plain, isFlowed(entity) ? unflowed(written, deletesSpace(entity)) : written);
        } else if (shown) {
            append(html, read((TextBody) body));
        }
    }

    private void keep(String name, byte[] bytes) {
        if (files.size() < MAX_FILES) {
            files.add(ReceivedFile.of(name, bytes));
        } else {
            leave(name, "a message keeps at most " + MAX_FILES + " files");
        }
    }

    private void leave(String name, String reason) {
        if (leftOut.size() < MAX_NAMED_LEFT_OUT) {
            leftOut.add(new FileLeftOut(FileNames.safe(name), reason));
        }
    }

    private static void append(StringBuilder text, String part) {
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(part);
    }

    private static boolean isFlowed(Entity entity) {
        return "flowed".equalsIgnoreCase(contentTypeParameter(entity, "format"));
    }

    private static boolean deletesSpace(Entity entity) {
        return "yes".equalsIgnoreCase(contentTypeParameter(entity, "delsp"));
    }

    private static String contentTypeParameter(Entity entity, String name) {
        return entity.getHeader().getField("Content-Type") instanceof ContentTypeField field
                ? field.getParameter(name)
                : null;
    }

    /**
     * RFC 3676 format=flowed: a line ending in a space goes on in the next one (the space itself
     * dropped when DelSp=yes); the signature separator "-- " is not such a line.
     */
    static String unflowed(String text, boolean deleteSpace) {
        StringBuilder out = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            out.append(line);
            boolean soft = line.endsWith(" ") && !line.equals("-- ");
            if (soft && deleteSpace) {
                out.setLength(out.length() - 1);
            }
            if (!soft) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String fileName(Entity entity, String subject, String fallback) {
        String name = MailHeaders.blankToNull(MailHeaders.clean(MailHeaders.decoded(entity.getFilename())));
        if (name == null && subject != null && !subject.isBlank()) {
            name = subject + ".eml";
        }
        return name == null ? fallback : name;
    }

    private static String read(TextBody body) {
        try (Reader reader = body.getReader()) {
            StringWriter out = new StringWriter();
            reader.transferTo(out);
            return out.toString();
        } catch (IOException | RuntimeException e) {
            return new String(bytes(body), StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(SingleBody body) {
        try (InputStream in = body.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** A forwarded message as it came (one nested past all reason never gets here). */
    private static byte[] written(Message message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new DefaultMessageWriter().writeMessage(message, out);
        } catch (IOException | RuntimeException e) {
            // what could be written stays: a forwarded message is kept as far as it goes
        }
        return out.toByteArray();
    }

    /** Looked at without recursion, so that no nesting can exhaust the stack. */
    private static boolean nestsDeeperThan(Entity root, int most) {
        record Level(Entity entity, int depth) {}
        Deque<Level> open = new ArrayDeque<>(List.of(new Level(root, 0)));
        while (!open.isEmpty()) {
            Level level = open.pop();
            if (level.depth() > most) {
                return true;
            }
            Body body = level.entity().getBody();
            if (body instanceof Multipart multipart) {
                multipart.getBodyParts().forEach(part -> open.push(new Level(part, level.depth() + 1)));
            } else if (body instanceof Message nested) {
                open.push(new Level(nested, level.depth() + 1));
            }
        }
        return false;
    }
}
