package dev.servicedesk.ticket;

import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.ticket.dto.TimelineEntryView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tickets and their comments for a client keeping its own copy, many at once: each as {@code GET}
 * shows it to the caller, and left out where the caller may not see it (someone else's ticket; an
 * internal note to a requester).
 */
@ApplicationScoped
public class TicketCopies {
    private final TicketViews views;
    private final TimelineRepository entries;
    private final PersonService people;

    TicketCopies(TicketViews views, TimelineRepository entries, PersonService people) {
        this.views = views;
        this.entries = entries;
        this.people = people;
    }

    /** The tickets among {@code ids} the caller may see, by id, in one statement. */
    public Uni<Map<UUID, TicketViews.ShownTicket>> tickets(Caller caller, Collection<UUID> ids) {
        return views.findAll(caller, ids);
    }

    /** The comments among {@code ids} the caller may see, by id, in one statement. */
    @WithSession
    public Uni<Map<UUID, TimelineEntryView>> comments(Caller caller, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return people.sync(caller)
                .chain(reader -> entries.commentsShown(ids, caller.isStaff(), reader.id()))
                .map(found -> found.stream()
                        .map(TimelineEntryView::of)
                        .collect(Collectors.toMap(TimelineEntryView::id, Function.identity())));
    }
}
