package dev.servicedesk.notification;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the desk sent by e-mail, as far as a reply to it needs to know. */
@ApplicationScoped
public class SentMail {
    private final NotificationRepository notifications;

    SentMail(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /**
     * The ticket of the first of {@code messageIds} (as {@code <id@domain>}) that is a message we
     * sent about one: a reply's In-Reply-To, then its References from the latest back.
     */
    @WithSession
    public Uni<Optional<UUID>> ticketAnswered(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return notifications
                .list("messageId in ?1 and ticketId is not null", messageIds)
                .map(sent -> messageIds.stream()
                        .flatMap(id -> sent.stream()
                                .filter(each -> each.messageId().equals(id))
                                .map(Notification::ticketId))
                        .findFirst());
    }
}
