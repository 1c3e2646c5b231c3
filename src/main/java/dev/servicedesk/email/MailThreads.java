package dev.servicedesk.email;

import dev.servicedesk.email.dto.InboundEmailReceipt.ThreadedBy;
import dev.servicedesk.notification.ReplyAddresses;
import dev.servicedesk.notification.SentMail;
import dev.servicedesk.ticket.TicketType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ticket a message says it answers, by the strongest sign it carries: the signed reply
 * address our notification gave it, then the messages of ours it names in In-Reply-To and
 * References, then a ticket key in its subject ({@code [INC-1042]} before a bare one). Whether
 * its sender may write to that ticket is decided elsewhere.
 */
@ApplicationScoped
class MailThreads {
    /** A ticket's key, of one of the ticket types' prefixes (not an announcement's, nor a CVE's). */
    private static final String KEY = "((?i:"
            + Arrays.stream(TicketType.values()).map(TicketType::keyPrefix).collect(Collectors.joining("|"))
            + ")-\\d{1,18})";

    private static final Pattern BRACKETED_KEY = Pattern.compile("\\[" + KEY + "]");
    private static final Pattern BARE_KEY = Pattern.compile("(?<![\\w-])" + KEY + "(?![\\w-])");

    private final ReplyAddresses replyAddresses;
    private final SentMail sent;

    MailThreads(ReplyAddresses replyAddresses, SentMail sent) {
        this.replyAddresses = replyAddresses;
        this.sent = sent;
    }

    /** A ticket a message names (its id or key), and how. */
    record Thread(String ticketRef, ThreadedBy by) {}

    Uni<Optional<Thread>> of(ReceivedMail mail) {
        Optional<Thread> byAddress = mail.recipients().stream()
                .map(replyAddresses::ticketIn)
                .flatMap(Optional::stream)
                .findFirst()
                .map(ticketId -> new Thread(ticketId.toString(), ThreadedBy.REPLY_ADDRESS));
        if (byAddress.isPresent()) {
            return Uni.createFrom().item(byAddress);
        }
        return sent.ticketAnswered(mail.answers())
                .map(answered -> answered.map(UUID::toString)
                        .map(ticketId -> new Thread(ticketId, ThreadedBy.IN_REPLY_TO))
                        .or(() -> keyIn(mail.subject()).map(key -> new Thread(key, ThreadedBy.SUBJECT_KEY))));
    }

    static Optional<String> keyIn(String subject) {
        for (Pattern pattern : new Pattern[] {BRACKETED_KEY, BARE_KEY}) {
            Matcher matcher = pattern.matcher(subject);
            if (matcher.find()) {
                return Optional.of(matcher.group(1).toUpperCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }
}
