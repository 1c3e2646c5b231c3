package dev.servicedesk.email;

import dev.servicedesk.attachment.ReceivedFile;
import dev.servicedesk.common.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Reads a raw RFC 5322 message with Apache mime4j, leniently, as mail clients and gateways write
 * them: a header or an encoding it cannot read is taken as it stands rather than refused. Only a
 * message without a sender's address is refused (400), and limits (header count, nesting) keep a
 * hostile message from costing more than its size.
 */
final class MailParser {
    private static final int MAX_HEADERS = 1000;
    private static final int MAX_DEPTH = 20;
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,990}>");
    /** The headers through which a gateway says whom a message was delivered to (Bcc and aliases too). */
    private static final List<String> DELIVERY_HEADERS =
            List.of("Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To");

    private MailParser() {}

    static ReceivedMail parse(byte[] raw) {
        Message message = read(raw);
        Mailbox from = sender(message);
        if (from == null) {
            throw ProblemException.invalid(
                    "From", "names no sender's address; a message without one cannot be answered");
        }
        Parts parts = new Parts();
        parts.walk(message, 0);
        String subject =
                Objects.requireNonNullElse(decoded(message.getSubject()), "").strip();
        return new ReceivedMail(
                messageId(message, raw),
                from.getAddress().toLowerCase(Locale.ROOT),
                blankToNull(from.getName()),
                subject,
                recipients(message),
                answers(message),
                AutomaticMail.reason(message, from),
                parts.text(),
                parts.files);
    }

    private static Message read(byte[] raw) {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.custom()
                .setMaxHeaderCount(MAX_HEADERS)
                .setMaxHeaderLen(100_000)
                .setMaxLineLen(-1)
                .setStrictParsing(false)
                .build());
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        try {
            return builder.parseMessage(new ByteArrayInputStream(raw));
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("message", "is not an e-mail that can be read: " + e.getMessage());
        }
    }

    private static Mailbox sender(Message message) {
        MailboxList from = lenient(message::getFrom);
        if (from != null && !from.isEmpty()) {
            return usable(from.get(0));
        }
        Field raw = message.getHeader().getField("From");
        return raw == null ? null : usable(LenientAddressParser.DEFAULT.parseMailbox(raw.getBody()));
    }

    private static Mailbox usable(Mailbox mailbox) {
        return mailbox != null
                        && mailbox.getDomain() != null
                        && !mailbox.getLocalPart().isBlank()
                ? mailbox
                : null;
    }

    /** Its Message-ID, else the SHA-256 of its bytes: what tells a redelivery from a new message. */
    private static String messageId(Message message, byte[] raw) {
        List<String> ids = ids(lenient(message::getMessageId));
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        try {
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static List<String> recipients(Message message) {
        Set<String> addresses = new LinkedHashSet<>();
        addAll(addresses, lenient(message::getTo));
        addAll(addresses, lenient(message::getCc));
        for (String header : DELIVERY_HEADERS) {
            for (Field field : message.getHeader().getFields(header)) {
                addAll(addresses, LenientAddressParser.DEFAULT.parseAddressList(field.getBody()));
            }
        }
        return List.copyOf(addresses);
    }

    private static void addAll(Set<String> addresses, AddressList list) {
        if (list == null) {
            return;
        }
        for (Address address : list) {
            if (address instanceof Mailbox mailbox && mailbox.getDomain() != null) {
                addresses.add(mailbox.getAddress().toLowerCase(Locale.ROOT));
            } else if (address instanceof Group group) {
                group.getMailboxes().forEach(member -> addAll(addresses, new AddressList(List.of(member), true)));
            }
        }
    }

    /** In-Reply-To first, then References from the latest back: the order a reply's thread is looked up in. */
    private static List<String> answers(Message message) {
        Set<String> ids = new LinkedHashSet<>();
        message.getHeader().getFields("In-Reply-To").forEach(field -> ids.addAll(ids(field.getBody())));
        List<String> references = new ArrayList<>();
        message.getHeader().getFields("References").forEach(field -> references.addAll(ids(field.getBody())));
        Collections.reverse(references);
        ids.addAll(references);
        return ids.stream().limit(100).toList();
    }

    private static List<String> ids(String header) {
        if (header == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Matcher matcher = MESSAGE_ID.matcher(header);
        while (matcher.find()) {
            ids.add(matcher.group());
        }
        return ids;
    }

    /** A header mime4j could not make sense of counts as absent. */
    private static <T> T lenient(Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String decoded(String text) {
        return text == null ? null : DecoderUtil.decodeEncodedWords(text, DecodeMonitor.SILENT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The text and files of a message's parts, depth first, as a mail client shows them. */
    private static final class Parts {
        private final StringBuilder plain = new StringBuilder();
        private final StringBuilder html = new StringBuilder();
        private final List<ReceivedFile> files = new ArrayList<>();

        void walk(Entity entity, int depth) {
            if (depth > MAX_DEPTH) {
                return;
            }
            Body body = entity.getBody();
            if (body instanceof Multipart multipart) {
                walkMultipart(multipart, depth);
            } else if (body instanceof Message attached) {
                files.add(ReceivedFile.of(fileName(entity, attached.getSubject(), "message.eml"), written(attached)));
            } else if (body instanceof SingleBody single) {
                take(entity, single);
            }
        }

        /** Of alternatives, the plain text when there is one (else the last, the richest); of the rest, all. */
        private void walkMultipart(Multipart multipart, int depth) {
            List<Entity> parts = multipart.getBodyParts();
            if ("alternative".equalsIgnoreCase(multipart.getSubType()) && !parts.isEmpty()) {
                Entity chosen = parts.stream()
                        .filter(part -> "text/plain".equalsIgnoreCase(part.getMimeType()))
                        .findFirst()
                        .orElse(parts.get(parts.size() - 1));
                walk(chosen, depth + 1);
                return;
            }
            parts.forEach(part -> walk(part, depth + 1));
        }

        private void take(Entity entity, SingleBody body) {
            String type = entity.getMimeType().toLowerCase(Locale.ROOT);
            boolean attachment =
                    "attachment".equalsIgnoreCase(entity.getDispositionType()) || entity.getFilename() != null;
            if (!attachment && body instanceof TextBody text && type.equals("text/plain")) {
                String written = read(text);
                append(plain, isFlowed(entity) ? unflowed(written, deletesSpace(entity)) : written);
            } else if (!attachment && body instanceof TextBody text && type.equals("text/html")) {
                append(html, read(text));
            } else if (attachment || !type.startsWith("text/")) {
                files.add(ReceivedFile.of(fileName(entity, null, "attachment"), bytes(body)));
            }
        }

        private static boolean isFlowed(Entity entity) {
            return "flowed".equalsIgnoreCase(contentTypeParameter(entity, "format"));
        }

        private static boolean deletesSpace(Entity entity) {
            return "yes".equalsIgnoreCase(contentTypeParameter(entity, "delsp"));
        }

        private static String contentTypeParameter(Entity entity, String name) {
            ContentTypeField field =
                    lenient(() -> (ContentTypeField) entity.getHeader().getField("Content-Type"));
            return field == null ? null : field.getParameter(name);
        }

        /**
         * RFC 3676 format=flowed: a line ending in a space goes on in the next one (the space
         * itself dropped when DelSp=yes); the signature separator "-- " is not such a line.
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

        String text() {
            String text = plain.isEmpty() && !html.isEmpty() ? HtmlText.of(html.toString()) : plain.toString();
            return text.replace("\r\n", "\n").replace('\r', '\n');
        }

        private static void append(StringBuilder text, String part) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(part);
        }

        private static String fileName(Entity entity, String subject, String fallback) {
            String name = blankToNull(decoded(entity.getFilename()));
            if (name == null && subject != null && !subject.isBlank()) {
                name = decoded(subject) + ".eml";
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

        private static byte[] written(Message message) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                new DefaultMessageWriter().writeMessage(message, out);
            } catch (IOException | RuntimeException e) {
                // what could be written stays; a forwarded message is kept as far as it goes
            }
            return out.toByteArray();
        }
    }
}
