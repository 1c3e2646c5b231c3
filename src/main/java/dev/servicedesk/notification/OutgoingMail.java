package dev.servicedesk.notification;

import dev.servicedesk.announcement.Announcement;
import dev.servicedesk.announcement.AnnouncementService;
import dev.servicedesk.event.EventRepository;
import dev.servicedesk.event.StoredEvent;
import dev.servicedesk.identity.Person;
import dev.servicedesk.identity.PersonService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The messages for notifications taken for sending, each written on its own: one that cannot be
 * written (its recipient has no address, say) is told as such, and never holds up the others.
 */
@ApplicationScoped
class OutgoingMail {
    private final PersonService people;
    private final EventRepository events;
    private final AnnouncementService announcements;
    private final MailComposer composer;

    OutgoingMail(
            PersonService people, EventRepository events, AnnouncementService announcements, MailComposer composer) {
        this.people = people;
        this.events = events;
        this.announcements = announcements;
        this.composer = composer;
    }

    /** A message to send for attempt {@code attempt}, or why there is none ({@code unsendable}). */
    record Message(Notification notification, int attempt, String to, MailComposer.Letter letter, String unsendable) {}

    /** What a message is written from: its recipient, its event's data, and the announcement it tells of (if any). */
    private record About(
            Map<UUID, Person> people, Map<UUID, StoredEvent> events, Map<UUID, Announcement> announcements) {}

    Uni<List<Message>> written(List<Notification> taken) {
        List<UUID> recipients =
                taken.stream().map(Notification::recipientId).distinct().toList();
        List<UUID> eventIds =
                taken.stream().map(Notification::eventId).distinct().toList();
        return people.find(recipients)
                .chain(found -> events.list("id in ?1", eventIds)
                        .chain(stored -> announcementsOf(taken, stored)
                                .map(told -> new About(
                                        byId(found, Person::id),
                                        byId(stored, StoredEvent::id),
                                        byId(told, Announcement::id)))))
                .map(about -> taken.stream().map(each -> message(each, about)).toList());
    }

    private Uni<List<Announcement>> announcementsOf(List<Notification> taken, List<StoredEvent> stored) {
        List<UUID> ids = taken.stream().anyMatch(each -> each.kind() == NotificationKind.ANNOUNCEMENT)
                ? stored.stream().map(StoredEvent::subjectId).distinct().toList()
                : List.of();
        return announcements.byIds(ids);
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private Message message(Notification notification, About about) {
        int attempt = notification.attemptCount() + 1;
        Person recipient = about.people().get(notification.recipientId());
        if (recipient == null || recipient.email() == null || recipient.email().isBlank()) {
            return new Message(notification, attempt, null, null, "the recipient has no e-mail address");
        }
        try {
            StoredEvent event = about.events().get(notification.eventId());
            MailComposer.Letter letter = composer.compose(
                    notification.kind(), recipient, event, about.announcements().get(event.subjectId()));
            return new Message(notification, attempt, recipient.email(), letter, null);
        } catch (RuntimeException e) {
            return new Message(notification, attempt, recipient.email(), null, Failures.describe(e));
        }
    }
}
