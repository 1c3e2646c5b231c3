package dev.servicedesk.email;

import dev.servicedesk.common.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Reads a raw RFC 5322 message with Apache mime4j, leniently, as mail clients and gateways write
 * them: a header or an encoding it cannot read is taken as it stands rather than refused. Only a
 * message without a sender's address the desk can answer, or one that cannot be read at all, is
 * refused (400); limits (header count and size, nesting, files) keep a hostile message from
 * costing more than its size. Everything that takes time on a large message is done here, off the
 * event loop.
 */
final class MailParser {
    private static final int MAX_HEADERS = 1000;
    private static final int MAX_HEADER_LENGTH = 100_000;

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
        Mailbox from = MailHeaders.sender(message);
        if (from == null) {
            throw ProblemException.invalid(
                    "From", "names no sender's address the desk can answer (a message without one is not taken)");
        }
        MessageParts parts = MessageParts.of(message);
        String text = parts.text();
        String fingerprint = "sha256:" + sha256(raw);
        String messageId = MailHeaders.messageId(message);
        return new ReceivedMail(
                messageId == null ? fingerprint : messageId,
                fingerprint,
                from.getAddress().toLowerCase(Locale.ROOT),
                MailHeaders.name(from),
                MailHeaders.subject(message),
                MailHeaders.recipients(message),
                MailHeaders.answers(message),
                AutomaticMail.reason(message, from),
                text,
                ReplyText.of(text),
                parts.files(),
                parts.leftOut());
    }

    private static Message read(byte[] raw) {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.custom()
                .setMaxHeaderCount(MAX_HEADERS)
                .setMaxHeaderLen(MAX_HEADER_LENGTH)
                .setMaxLineLen(-1)
                .setStrictParsing(false)
                .build());
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        try {
            return builder.parseMessage(new ByteArrayInputStream(raw));
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid(
                    "message",
                    "is not an e-mail that can be read (at most " + MAX_HEADERS + " header fields of "
                            + MAX_HEADER_LENGTH + " characters each)");
        }
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
