package dev.servicedesk.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.CodecPolicy;
import org.apache.commons.codec.binary.Base32;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.AddressFormatter;
import org.apache.james.mime4j.field.address.LenientAddressParser;

/**
 * The address a reply about a ticket goes to: the desk's own, plus-addressed with a token that
 * names the ticket and is signed with a secret ({@code desk+<token>@example.org}), so that a reply
 * lands on its ticket without anyone being able to make up the address of another. The token is
 * Base32 (mail systems may change the case of an address) of the ticket's id and 8 bytes of its
 * HMAC-SHA256: 39 characters, which leaves a local part of up to 24 for the desk's own name.
 * Without a secret configured there are no such addresses.
 */
@ApplicationScoped
public class ReplyAddresses {
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 8;
    private static final int TOKEN_BYTES = 16 + MAC_BYTES;

    private final Mailbox desk;
    private final SecretKeySpec key;
    /** Strict: bits beyond the 24 bytes must be zero, so each token has exactly one spelling. */
    private final Base32 base32 =
            Base32.builder().setDecodingPolicy(CodecPolicy.STRICT).get();

    @Inject
    ReplyAddresses(NotificationSettings settings) {
        this(settings.from(), settings.replySecret());
    }

    ReplyAddresses(String deskAddress, Optional<String> secret) {
        this.desk = LenientAddressParser.DEFAULT.parseMailbox(deskAddress);
        this.key = secret.filter(value -> !value.isBlank())
                .map(value -> new SecretKeySpec(value.getBytes(StandardCharsets.UTF_8), ALGORITHM))
                .orElse(null);
    }

    /** The address a reply about {@code ticketId} should go to, with the desk's display name. */
    Optional<String> forTicket(UUID ticketId) {
        if (key == null) {
            return Optional.empty();
        }
        byte[] id = bytes(ticketId);
        byte[] token = ByteBuffer.allocate(TOKEN_BYTES).put(id).put(mac(id)).array();
        String local = desk.getLocalPart() + "+"
                + base32.encodeAsString(token).replace("=", "").toLowerCase(Locale.ROOT);
        Mailbox address = new Mailbox(desk.getName(), local, desk.getDomain());
        return Optional.of(AddressFormatter.DEFAULT.format(address, false));
    }

    /** The ticket a recipient address names by a valid token; empty for any other address. */
    public Optional<UUID> ticketIn(String address) {
        if (key == null) {
            return Optional.empty();
        }
        int at = address.lastIndexOf('@');
        int plus = address.indexOf('+');
        if (at < 0
                || plus < 0
                || plus > at
                || !address.substring(0, plus).equalsIgnoreCase(desk.getLocalPart())
                || !address.substring(at + 1).equalsIgnoreCase(desk.getDomain())) {
            return Optional.empty();
        }
        String token = address.substring(plus + 1, at).toUpperCase(Locale.ROOT);
        if (!base32.isInAlphabet(token)) {
            return Optional.empty();
        }
        byte[] decoded;
        try {
            decoded = base32.decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (decoded.length != TOKEN_BYTES) {
            return Optional.empty();
        }
        byte[] id = Arrays.copyOf(decoded, 16);
        byte[] mac = Arrays.copyOfRange(decoded, 16, TOKEN_BYTES);
        if (!MessageDigest.isEqual(mac, mac(id))) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(id);
        return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
    }

    /** Whether {@code address} is the desk's own, with or without a token: mail from it is our own, come back. */
    public boolean isTheDesks(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0 || !address.substring(at + 1).equalsIgnoreCase(desk.getDomain())) {
            return false;
        }
        String local = address.substring(0, at);
        int plus = local.indexOf('+');
        return (plus < 0 ? local : local.substring(0, plus)).equalsIgnoreCase(desk.getLocalPart());
    }

    private byte[] mac(byte[] id) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update("reply:".getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(mac.doFinal(id), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + ALGORITHM, e);
        }
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
    }
}
