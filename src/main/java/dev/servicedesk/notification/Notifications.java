package dev.servicedesk.notification;

import dev.servicedesk.ticket.TimelineService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends what is due: takes a batch (held against other replicas), writes and sends each by SMTP
 * outside any transaction, each within a time limit, and records every outcome — sent, tried
 * again later, or given up — with a note on the ticket's internal timeline. A replica that dies
 * (or stalls past its hold) leaves the batch to another, which sends it again: at least once; the
 * late replica's outcomes are then not recorded.
 */
@ApplicationScoped
class Notifications {
    private final NotificationRepository notifications;
    private final OutgoingMail outgoing;
    private final ReactiveMailer mailer;
    private final TimelineService timeline;
    private final NotificationSettings settings;
    private final ReplyAddresses replyAddresses;
    private final Clock clock;
    private final NotificationMetrics metrics;

    Notifications(
            NotificationRepository notifications,
            OutgoingMail outgoing,
            ReactiveMailer mailer,
            TimelineService timeline,
            NotificationSettings settings,
            ReplyAddresses replyAddresses,
            Clock clock,
            NotificationMetrics metrics) {
        this.notifications = notifications;
        this.outgoing = outgoing;
        this.mailer = mailer;
        this.timeline = timeline;
        this.settings = settings;
        this.replyAddresses = replyAddresses;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The result of one attempt: no error when it was sent; a final one is not tried again. */
    record Outcome(OutgoingMail.Message message, String error, boolean isFinal) {}

    /** Sends one batch of what is due; answers how many were taken (a full batch: more may wait). */
    Uni<Integer> sendDue() {
        return Panache.withTransaction(this::take)
                .chain(taken -> taken.isEmpty()
                        ? Uni.createFrom().item(0)
                        : Panache.withSession(() -> outgoing.written(taken))
                                .chain(this::sendAll)
                                .chain(outcomes -> Panache.withTransaction(() -> recordAll(outcomes)))
                                .replaceWith(taken.size()));
    }

    private Uni<List<Notification>> take() {
        Instant now = clock.instant();
        // held for longer than every send of the batch may take, so no other replica sends it meanwhile
        Instant until = now.plus(settings.sendTimeout().multipliedBy(2)).plusSeconds(30);
        return notifications
                .claimDue(now, until, settings.batch())
                .chain(ids -> ids.isEmpty()
                        ? Uni.createFrom().item(List.<Notification>of())
                        : notifications.list("id in ?1", ids));
    }

    private Uni<List<Outcome>> sendAll(List<OutgoingMail.Message> messages) {
        return Uni.join().all(messages.stream().map(this::send).toList()).andFailFast();
    }

    private Uni<Outcome> send(OutgoingMail.Message message) {
        if (message.unsendable() != null) {
            return Uni.createFrom().item(new Outcome(message, message.unsendable(), true));
        }
        Mail mail = Mail.withText(
                        message.to(),
                        message.letter().subject(),
                        message.letter().text())
                .setFrom(settings.from())
                .addHeader("Message-ID", message.notification().messageId())
                .addHeader("Content-Language", message.letter().language())
                // RFC 3834: written by the service, so that auto-responders do not answer it
                .addHeader("Auto-Submitted", "auto-generated")
                .addHeader("X-Auto-Response-Suppress", "All");
        UUID ticketId = message.notification().ticketId();
        if (ticketId != null) {
            replyAddresses.forTicket(ticketId).ifPresent(mail::addReplyTo);
        }
        return mailer.send(mail)
                .ifNoItem()
                .after(settings.sendTimeout())
                .fail()
                .map(sent -> new Outcome(message, null, false))
                .onFailure()
                .invoke(metrics::sendFailed)
                .onFailure()
                .recoverWithItem(failure -> new Outcome(message, Failures.describe(failure), false));
    }

    private Uni<Void> recordAll(List<Outcome> outcomes) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (Outcome outcome : outcomes) {
            all = all.chain(() -> record(outcome));
        }
        return all;
    }

    private Uni<Void> record(Outcome outcome) {
        OutgoingMail.Message message = outcome.message();
        return notifications
                .findById(message.notification().id(), LockModeType.PESSIMISTIC_WRITE)
                .chain(notification -> notification.awaits(message.attempt())
                        ? recorded(notification, outcome)
                        : Uni.createFrom().voidItem());
    }

    private Uni<Void> recorded(Notification notification, Outcome outcome) {
        Instant now = clock.instant();
        OutgoingMail.Message message = outcome.message();
        if (outcome.error() == null) {
            notification.sent(now);
            return note(
                    notification,
                    true,
                    "E-mail \"" + message.letter().subject() + "\" sent to " + message.to() + " ("
                            + message.letter().language() + ").",
                    now);
        }
        Instant next = outcome.isFinal()
                ? null
                : settings.retries()
                        .next(
                                message.attempt(),
                                notification.retryingSince(now),
                                now,
                                ThreadLocalRandom.current().nextDouble())
                        .orElse(null);
        notification.failed(outcome.error(), now, next);
        return next != null
                ? Uni.createFrom().voidItem()
                : note(
                        notification,
                        false,
                        "E-mail about " + notification.kind() + " to "
                                + (message.to() == null ? "the requester" : message.to()) + " was given up after "
                                + notification.attemptCount() + " attempt(s): " + outcome.error(),
                        now);
    }

    private Uni<Void> note(Notification notification, boolean sent, String body, Instant at) {
        return notification.ticketId() == null
                ? Uni.createFrom().voidItem()
                : timeline.recordNotification(notification.ticketId(), sent, body, at);
    }
}
