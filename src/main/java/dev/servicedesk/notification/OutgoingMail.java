package dev.servicedesk.notification;

import com.fasterxml.jackson.databind.JsonNode;
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
    private final MailComposer composer;

    OutgoingMail(PersonService people, EventRepository events, MailComposer composer) {
        this.people = people;
        this.events = events;
        this.composer = composer;
    }

    /** A message to send for attempt {@code attempt}, or why there is none ({@code unsendable}). */
    record Message(Notification notification, int attempt, String to, MailComposer.Letter letter, String unsendable) {}

    Uni<List<Message>> written(List<Notification> taken) {
        List<UUID> recipients =
                taken.stream().map(Notification::recipientId).distinct().toList();
        List<UUID> eventIds =
                taken.stream().map(Notification::eventId).distinct().toList();
        return people.find(recipients)
                .chain(found -> events.list("id in ?1", eventIds).map(stored -> {
                    Map<UUID, Person> personById =
                            found.stream().collect(Collectors.toMap(Person::id, Function.identity()));
                    Map<UUID, JsonNode> dataById =
                            stored.stream().collect(Collectors.toMap(StoredEvent::id, StoredEvent::data));
                    return taken.stream()
                            .map(each ->
                                    message(each, personById.get(each.recipientId()), dataById.get(each.eventId())))
                            .toList();
                }));
    }

    private Message message(Notification notification, Person recipient, JsonNode event) {
        int attempt = notification.attemptCount() + 1;
        if (recipient == null || recipient.email() == null || recipient.email().isBlank()) {
            return new Message(notification, attempt, null, null, "the recipient has no e-mail address");
        }
        try {
            MailComposer.Letter letter = composer.compose(notification.kind(), recipient, event);
            return new Message(notification, attempt, recipient.email(), letter, null);
        } catch (RuntimeException e) {
            return new Message(notification, attempt, recipient.email(), null, Failures.describe(e));
        }
    }
}
