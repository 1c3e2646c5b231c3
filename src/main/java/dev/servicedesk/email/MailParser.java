package dev.servicedesk.email;

import dev.servicedesk.common.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
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
    private static final int MAX_ADDRESS = 320;
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,990}>");
    /** The headers through which a gateway says whom a message was delivered to (Bcc and aliases too). */
    private static final List<String> DELIVERY_HEADERS =
            List.of("Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To");

    private MailParser() {}

    /**
     * The message as the desk reads it. mime4j reads a nested part through one more stream layer
     * per level, so a message nested thousands deep runs out of stack: that is a message nobody's
     * mail client writes, refused like any other that cannot be read.
     */
    static ReceivedMail parse(byte[] raw) {
        try {
            return parsed(raw);
        } catch (StackOverflowError e) {
            throw ProblemException.invalid("message", "nests its parts deeper than any e-mail does");
        }
    }

    private static ReceivedMail parsed(byte[] raw) {
        Message message = read(raw);
        Mailbox from = sender(message);
        if (from == null) {
            throw ProblemException.invalid(
                    "From", "names no sender's address; a message without one cannot be answered");
        }
        MessageParts parts = MessageParts.of(message);
        String subject = clean(Objects.requireNonNullElse(decoded(message.getSubject()), ""))
                .strip();
        return new ReceivedMail(
                messageId(message, raw),
                from.getAddress().toLowerCase(Locale.ROOT),
                blankToNull(clean(from.getName())),
                subject,
                recipients(message),
                answers(message),
                AutomaticMail.reason(message, from),
                parts.text(),
                parts.files());
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
            throw ProblemException.invalid("message", "is not an e-mail that can be read");
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

    /** An address the desk can record and write back to (RFC 5321 allows 320 characters at most). */
    private static Mailbox usable(Mailbox mailbox) {
        if (mailbox == null
                || mailbox.getDomain() == null
                || mailbox.getLocalPart().isBlank()) {
            return null;
        }
        String address = mailbox.getAddress();
        boolean plain = address.length() <= MAX_ADDRESS && address.chars().noneMatch(c -> c <= ' ' || c == 0x7F);
        return plain ? mailbox : null;
    }

    /** Text as the database keeps it: without NUL and the other control characters but tab and line feed. */
    static String clean(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll("");
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

    static String decoded(String text) {
        return text == null ? null : DecoderUtil.decodeEncodedWords(text, DecodeMonitor.SILENT);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
