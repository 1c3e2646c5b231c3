package dev.servicedesk.ticket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.RawJson;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.Person;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.queue.QueueDirectory;
import dev.servicedesk.queue.QueueWorkers;
import dev.servicedesk.ticket.dto.TicketActions;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * A ticket as the caller sees it, with what they may do with it now: the one way a ticket is
 * read for showing, whether a get asks for it or a change answers with it.
 */
@ApplicationScoped
public class TicketViews {
    private final TicketDocuments documents;
    private final PersonService people;
    private final TicketWorkers workers;
    private final QueueDirectory queues;
    private final TicketSettings settings;
    private final ObjectMapper json;
    private final Clock clock;

    TicketViews(
            TicketDocuments documents,
            PersonService people,
            TicketWorkers workers,
            QueueDirectory queues,
            TicketSettings settings,
            ObjectMapper json,
            Clock clock) {
        this.documents = documents;
        this.people = people;
        this.workers = workers;
        this.queues = queues;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** A ticket as shown, its id and its ETag. */
    public record ShownTicket(UUID id, RawJson json, String etag) {}

    /**
     * The ticket {@code ref} names (its id or key) as the caller sees it now; someone else's
     * ticket is as absent to a requester as a missing one.
     */
    public Uni<ShownTicket> find(Caller caller, String ref) {
        return people.sync(caller)
                .chain(viewer -> documents
                        .read(ref, caller.isStaff(), viewer.id())
                        .map(document -> document != null && visibleTo(caller, viewer, document) ? document : null)
                        .onItem()
                        .ifNull()
                        .failWith(() -> new NotFoundProblem("ticket", ref))
                        .chain(document -> shown(caller, viewer, document)));
    }

    /**
     * The tickets among {@code ids} the caller may see, as {@link #find} shows each, by id: in one
     * statement, for a reader of many at once outside any session (the sync feed).
     */
    public Uni<Map<UUID, ShownTicket>> findAll(Caller caller, Collection<UUID> ids) {
        return people.sync(caller)
                .chain(viewer -> documents
                        .readAll(ids, caller.isStaff(), viewer.id())
                        .chain(found -> Multi.createFrom()
                                .iterable(found)
                                .select()
                                .where(document -> visibleTo(caller, viewer, document))
                                .onItem()
                                .transformToUniAndConcatenate(document -> shown(caller, viewer, document))
                                .collect()
                                .asMap(ShownTicket::id)));
    }

    private static boolean visibleTo(Caller caller, Person viewer, TicketDocument document) {
        return caller.isStaff() || document.isRequestedBy(viewer.id());
    }

    private Uni<ShownTicket> shown(Caller caller, Person viewer, TicketDocument document) {
        return workers.works(caller, viewer, document.queueId())
                .chain(works -> handBackQueue(document)
                        .map(handBack -> new ShownTicket(
                                document.id(),
                                withActions(document.json(), actions(document, viewer, works, handBack)),
                                TicketTags.of(document.version(), caller))));
    }

    private Uni<QueueWorkers> handBackQueue(TicketDocument document) {
        UUID queue = document.handBackQueueId();
        return queue == null ? Uni.createFrom().nullItem() : queues.find(queue);
    }

    private TicketActions actions(TicketDocument document, Person viewer, boolean works, QueueWorkers handBackQueue) {
        boolean reopenable =
                TicketActionRules.reopenable(document.resolvedAt(), settings.closeResolvedAfter(), clock.instant());
        return TicketActionRules.of(document, works, document.isRequestedBy(viewer.id()), reopenable, handBackQueue);
    }

    /** The document's JSON object with the caller's allowed actions as its last member. */
    private RawJson withActions(String document, TicketActions actions) {
        try {
            String allowed = json.writeValueAsString(actions);
            return new RawJson(new StringBuilder(document.length() + allowed.length() + 24)
                    .append(document, 0, document.lastIndexOf('}'))
                    .append(", \"allowedActions\" : ")
                    .append(allowed)
                    .append('}')
                    .toString());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
