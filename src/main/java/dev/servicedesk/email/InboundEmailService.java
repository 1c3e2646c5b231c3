package dev.servicedesk.email;

import dev.servicedesk.attachment.Attachment;
import dev.servicedesk.attachment.AttachmentService;
import dev.servicedesk.attachment.ReceivedFile;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.email.dto.FileLeftOut;
import dev.servicedesk.email.dto.InboundEmailReceipt;
import dev.servicedesk.email.dto.InboundEmailReceipt.Outcome;
import dev.servicedesk.email.dto.InboundEmailReceipt.ThreadedBy;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.Person;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.identity.dto.NewRequester;
import dev.servicedesk.notification.ReplyAddresses;
import dev.servicedesk.ticket.Channel;
import dev.servicedesk.ticket.Ticket;
import dev.servicedesk.ticket.TicketLifecycle;
import dev.servicedesk.ticket.TicketService;
import dev.servicedesk.ticket.TicketService.TicketAction;
import dev.servicedesk.ticket.TicketType;
import dev.servicedesk.ticket.TimelineEntry;
import dev.servicedesk.ticket.TimelineService;
import dev.servicedesk.ticket.Visibility;
import dev.servicedesk.ticket.dto.NewComment;
import dev.servicedesk.ticket.dto.NewTicket;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns an e-mail into what the desk records of it, once per message: a reply on its ticket from
 * its requester or desk, a new ticket from anyone else, nothing for what a machine wrote. All of
 * it in one transaction with the claim on its Message-ID, so a gateway that retries after a
 * failure finds nothing half done.
 */
@ApplicationScoped
class InboundEmailService {
    static final int MAX_SUBJECT = 200;
    static final int MAX_TEXT = 20_000;
    /** What a message that is not a reply becomes. */
    static final TicketType TICKET_TYPE = TicketType.INCIDENT;

    static final Channel TICKET_CHANNEL = Channel.EMAIL;

    private final InboundEmailRepository emails;
    private final MailThreads threads;
    private final ReplyAddresses replyAddresses;
    private final PersonService people;
    private final TicketService tickets;
    private final TimelineService timeline;
    private final AttachmentService attachments;
    private final Clock clock;

    InboundEmailService(
            InboundEmailRepository emails,
            MailThreads threads,
            ReplyAddresses replyAddresses,
            PersonService people,
            TicketService tickets,
            TimelineService timeline,
            AttachmentService attachments,
            Clock clock) {
        this.emails = emails;
        this.threads = threads;
        this.replyAddresses = replyAddresses;
        this.people = people;
        this.tickets = tickets;
        this.timeline = timeline;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** A receipt, and whether it answers a message received before. */
    record Received(InboundEmailReceipt receipt, boolean replayed) {}

    /**
     * Claims the message's Message-ID and records what it makes, or answers what the first delivery
     * made. Another sender's message under a Message-ID already taken (a broken mailer, or someone
     * reusing it on purpose) is a message of its own, known by its bytes.
     */
    @WithTransaction
    public Uni<Received> receive(Caller caller, ReceivedMail mail) {
        Instant now = clock.instant();
        return emails.claim(mail.messageId(), mail.fromAddress(), now)
                .chain(claimed -> claimed
                        ? recorded(caller, mail, now)
                        : emails.findById(mail.messageId())
                                .chain(first -> first.sentBy(mail.fromAddress()) || mail.isKeyedByItsBytes()
                                        ? Uni.createFrom().item(new Received(first.receipt(), true))
                                        : receive(caller, mail.keyedByItsBytes())));
    }

    private Uni<Received> recorded(Caller caller, ReceivedMail mail, Instant now) {
        return settled(caller, mail, now)
                .call(receipt -> emails.findById(mail.messageId()).invoke(email -> email.settle(receipt)))
                .map(receipt -> new Received(receipt, false));
    }

    private Uni<InboundEmailReceipt> settled(Caller caller, ReceivedMail mail, Instant now) {
        if (mail.automatic() != null) {
            return ignored(mail, now, mail.automatic());
        }
        if (replyAddresses.isTheDesks(mail.fromAddress())) {
            return ignored(mail, now, "it comes from the desk's own address");
        }
        return people.findOrRecord(new NewRequester(mail.fromAddress(), senderName(mail), null))
                .chain(sender -> threads.of(mail)
                        .chain(thread -> thread.isEmpty()
                                ? newTicket(caller, mail, sender, null, now)
                                : onThread(caller, mail, sender, thread.get(), now)));
    }

    /** A reply on the ticket it names, when its sender may write there; else a ticket of its own. */
    private Uni<InboundEmailReceipt> onThread(
            Caller caller, ReceivedMail mail, Person sender, MailThreads.Thread thread, Instant now) {
        return tickets.lockedForMail(thread.ticketRef()).chain(ticket -> {
            if (ticket == null) {
                return newTicket(caller, mail, sender, null, now);
            }
            if (TicketLifecycle.isFinal(ticket.status())) {
                return newTicket(
                        caller,
                        mail,
                        sender,
                        ticket.key() + " is " + ticket.status() + "; the message is recorded as a new ticket",
                        now);
            }
            return tickets.senderOn(ticket, sender)
                    .chain(action -> action == null
                            ? newTicket(
                                    caller,
                                    mail,
                                    sender,
                                    "the sender is neither the requester of " + ticket.key()
                                            + " nor works it; the message is recorded as a new ticket",
                                    now)
                            : reply(action, mail, thread.by(), now));
        });
    }

    /** The requester's reply is public; the desk's an internal note (it reaches the requester only by choice). */
    private Uni<InboundEmailReceipt> reply(TicketAction action, ReceivedMail mail, ThreadedBy by, Instant now) {
        Visibility visibility = action.works() ? Visibility.INTERNAL : Visibility.PUBLIC;
        String body = clip(orNoText(mail.reply()), MAX_TEXT);
        return timeline.comment(action, new NewComment(body, visibility))
                .chain(comment -> keep(action, comment.id(), visibility, mail)
                        .map(kept ->
                                receipt(mail, Outcome.COMMENT_ADDED, action.ticket(), comment, by, null, kept, now)));
    }

    private Uni<InboundEmailReceipt> newTicket(
            Caller caller, ReceivedMail mail, Person sender, String reason, Instant now) {
        String subject = mail.subject().isBlank() ? "(no subject)" : clip(mail.subject(), MAX_SUBJECT);
        String text = mail.text().strip();
        NewTicket request = new NewTicket(
                TICKET_TYPE,
                subject,
                text.isEmpty() ? null : clip(text, MAX_TEXT),
                null,
                null,
                null,
                TICKET_CHANNEL,
                null,
                new NewRequester(mail.fromAddress(), senderName(mail), null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        return tickets.create(caller, request)
                .chain(ticket -> keep(new TicketAction(ticket, sender, false), null, Visibility.PUBLIC, mail)
                        .map(kept -> receipt(mail, Outcome.TICKET_RECORDED, ticket, null, null, reason, kept, now)));
    }

    /** The files kept, and those left out. */
    private record Kept(List<UUID> ids, List<FileLeftOut> leftOut) {}

    /** Each file in turn, within the attachment limits; one beyond them is left out, not the message. */
    private Uni<Kept> keep(TicketAction action, UUID commentId, Visibility visibility, ReceivedMail mail) {
        Kept kept = new Kept(new ArrayList<>(), new ArrayList<>(mail.leftOut()));
        Uni<Void> all = Uni.createFrom().voidItem();
        for (ReceivedFile file : mail.files()) {
            all = all.chain(() -> file.size() == 0
                    ? Uni.createFrom()
                            .voidItem()
                            .invoke(() -> kept.leftOut().add(new FileLeftOut(file.name(), "it is empty")))
                    : attachments
                            .addFromMail(action, commentId, visibility, file)
                            .map(Attachment::id)
                            .invoke(kept.ids()::add)
                            .replaceWithVoid()
                            .onFailure(ProblemException.class)
                            .recoverWithUni(failure -> leftOut(kept, file, (ProblemException) failure)));
        }
        return all.replaceWith(kept);
    }

    private static Uni<Void> leftOut(Kept kept, ReceivedFile file, ProblemException failure) {
        if (failure.type() != ProblemType.PAYLOAD_TOO_LARGE) {
            return Uni.createFrom().failure(failure);
        }
        kept.leftOut().add(new FileLeftOut(file.name(), failure.getMessage()));
        return Uni.createFrom().voidItem();
    }

    private static Uni<InboundEmailReceipt> ignored(ReceivedMail mail, Instant now, String reason) {
        return Uni.createFrom()
                .item(new InboundEmailReceipt(
                        mail.messageId(), Outcome.IGNORED, null, null, null, null, reason, List.of(), List.of(), now));
    }

    private static InboundEmailReceipt receipt(
            ReceivedMail mail,
            Outcome outcome,
            Ticket ticket,
            TimelineEntry comment,
            ThreadedBy by,
            String reason,
            Kept kept,
            Instant now) {
        return new InboundEmailReceipt(
                mail.messageId(),
                outcome,
                ticket.id(),
                ticket.key(),
                comment == null ? null : comment.id(),
                by,
                reason,
                List.copyOf(kept.ids()),
                List.copyOf(kept.leftOut()),
                now);
    }

    private static String senderName(ReceivedMail mail) {
        return Optional.ofNullable(mail.fromName()).map(name -> clip(name, 200)).orElse(null);
    }

    private static String orNoText(String text) {
        return text.isBlank() ? "(The e-mail had no text.)" : text;
    }

    /** At most {@code max} code points, so a long message is kept as far as it goes rather than refused. */
    static String clip(String text, int max) {
        return text.codePointCount(0, text.length()) <= max
                ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
