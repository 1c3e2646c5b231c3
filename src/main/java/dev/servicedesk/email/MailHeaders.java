package dev.servicedesk.email;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.MimeUtil;

/**
 * What a message's headers say, read as mail systems write them: encoded words, and raw UTF-8
 * (RFC 6532) where a system sends it unencoded. Only what can be stored and answered is taken: a
 * Message-ID of printable ASCII, a sender's address of the shape RFC 5321 allows.
 */
final class MailHeaders {
    private static final int MAX_ADDRESS = 320;
    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_ANSWERED = 100;
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");
    /** {@code <id-left@id-right>}: printable ASCII but the angle brackets, as RFC 5322's msg-id. */
    private static final Pattern MESSAGE_ID = Pattern.compile("<[\\x21-\\x3B\\x3D\\x3F-\\x7E]{1,990}>");
    /** A dot-atom local part (letters of any script too, RFC 6531) at a domain of labels. */
    private static final Pattern ADDRESS = Pattern.compile(
            "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?)*");
    /** The headers through which a gateway says whom a message was delivered to (Bcc and aliases too). */
    private static final List<String> DELIVERY_HEADERS =
            List.of("Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To");

    private MailHeaders() {}

    /** The first sender of its From, when it is an address the desk can record and write back to. */
    static Mailbox sender(Message message) {
        Field from = message.getHeader().getField("From");
        if (from == null) {
            return null;
        }
        AddressList list = LenientAddressParser.DEFAULT.parseAddressList(MimeUtil.unfold(utf8(from.getBody())));
        for (Address address : list) {
            Mailbox first = address instanceof Group group
                    ? group.getMailboxes().stream().findFirst().orElse(null)
                    : (Mailbox) address;
            return usable(first);
        }
        return null;
    }

    private static Mailbox usable(Mailbox mailbox) {
        if (mailbox == null || mailbox.getDomain() == null) {
            return null;
        }
        String address = mailbox.getAddress();
        boolean answerable = address.length() <= MAX_ADDRESS
                && mailbox.getLocalPart().length() <= MAX_LOCAL_PART
                && ADDRESS.matcher(address).matches();
        return answerable ? mailbox : null;
    }

    /** The sender's name, decoded, as text the database keeps. */
    static String name(Mailbox sender) {
        return blankToNull(clean(decoded(sender.getName())));
    }

    static String subject(Message message) {
        Field subject = message.getHeader().getField("Subject");
        return subject == null
                ? ""
                : clean(decoded(MimeUtil.unfold(utf8(subject.getBody())))).strip();
    }

    /** Its first Message-ID; null when it names none. */
    static String messageId(Message message) {
        Field field = message.getHeader().getField("Message-ID");
        List<String> ids = field == null ? List.of() : ids(field.getBody());
        return ids.isEmpty() ? null : ids.get(0);
    }

    static List<String> recipients(Message message) {
        Set<String> addresses = new LinkedHashSet<>();
        for (String header : concat(List.of("To", "Cc"), DELIVERY_HEADERS)) {
            for (Field field : message.getHeader().getFields(header)) {
                addAll(addresses, LenientAddressParser.DEFAULT.parseAddressList(MimeUtil.unfold(field.getBody())));
            }
        }
        return List.copyOf(addresses);
    }

    private static void addAll(Set<String> addresses, AddressList list) {
        for (Address address : list) {
            List<Mailbox> mailboxes =
                    address instanceof Group group ? group.getMailboxes() : List.of((Mailbox) address);
            mailboxes.stream()
                    .filter(mailbox -> mailbox.getDomain() != null)
                    .map(mailbox -> clean(mailbox.getAddress()).toLowerCase(Locale.ROOT))
                    .forEach(addresses::add);
        }
    }

    /** In-Reply-To first, then References from the latest back: the order a reply's thread is looked up in. */
    static List<String> answers(Message message) {
        Set<String> ids = new LinkedHashSet<>();
        message.getHeader().getFields("In-Reply-To").forEach(field -> ids.addAll(ids(field.getBody())));
        List<String> references = new ArrayList<>();
        message.getHeader().getFields("References").forEach(field -> references.addAll(ids(field.getBody())));
        Collections.reverse(references);
        ids.addAll(references);
        return ids.stream().limit(MAX_ANSWERED).toList();
    }

    private static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = MESSAGE_ID.matcher(header);
        while (matcher.find() && ids.size() < 10 * MAX_ANSWERED) {
            ids.add(matcher.group());
        }
        return ids;
    }

    /** A header's value as text to show or store: clipped, without control characters. */
    static String shown(Message message, String name) {
        Field field = message.getHeader().getField(name);
        if (field == null) {
            return null;
        }
        String value = clean(MimeUtil.unfold(field.getBody())).strip();
        return value.length() <= 100 ? value : value.substring(0, 100) + "…";
    }

    /** Text as the database keeps it: without NUL and the other control characters but tab and line feed. */
    static String clean(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll("");
    }

    static String decoded(String text) {
        return text == null ? null : DecoderUtil.decodeEncodedWords(text, DecodeMonitor.SILENT);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * mime4j reads header bytes one to a character (ISO-8859-1); where those bytes are UTF-8, as
     * RFC 6532 lets systems send them unencoded, they are read again as such.
     */
    static String utf8(String bytesAsCharacters) {
        if (bytesAsCharacters.chars().allMatch(c -> c < 0x80)) {
            return bytesAsCharacters;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytesAsCharacters.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException e) {
            return bytesAsCharacters;
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
