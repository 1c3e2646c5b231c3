package dev.servicedesk.ticket;

import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.ticket.dto.TimelineEntryView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Tickets and their comments for a client keeping its own copy: each as {@code GET} shows it to
 * the caller, or empty when the caller may not see it (someone else's ticket; an internal note to
 * a requester).
 */
@ApplicationScoped
public class TicketCopies {
    private final TicketService tickets;
    private final TicketViews views;
    private final TimelineRepository entries;

    TicketCopies(TicketService tickets, TicketViews views, TimelineRepository entries) {
        this.tickets = tickets;
        this.views = views;
        this.entries = entries;
    }

    public Uni<Optional<TicketViews.ShownTicket>> ticket(Caller caller, UUID id) {
        return NotFoundProblem.orEmpty(views.find(caller, id.toString()));
    }

    @WithSession
    public Uni<Optional<TimelineEntryView>> comment(Caller caller, UUID ticketId, UUID commentId) {
        return NotFoundProblem.orEmpty(
                        tickets.find(caller, ticketId.toString()).chain(ticket -> entries.findById(commentId)))
                .map(entry -> entry.filter(found -> found.isCommentOn(ticketId, caller.isStaff()))
                        .map(TimelineEntryView::of));
    }
}
