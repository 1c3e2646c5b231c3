package dev.servicedesk.ticket;

import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.ticket.dto.NewComment;
import dev.servicedesk.ticket.dto.TimelineEntryView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TimelineService {
    static final String OLDEST_FIRST = "createdAt";
    static final String NEWEST_FIRST = "-createdAt";
    static final List<String> ORDERS = List.of(OLDEST_FIRST, NEWEST_FIRST);

    private final TimelineRepository entries;
    private final TicketHistory history;
    private final TicketService tickets;
    private final SlaClockKeeper clocks;
    private final Clock clock;

    TimelineService(
            TimelineRepository entries,
            TicketHistory history,
            TicketService tickets,
            SlaClockKeeper clocks,
            Clock clock) {
        this.entries = entries;
        this.history = history;
        this.tickets = tickets;
        this.clocks = clocks;
        this.clock = clock;
    }

    /**
     * A public reply or (for those who work the ticket) an internal note. A reply is activity on
     * the ticket: its {@code updatedAt} and version move on. A note leaves them be, or a requester
     * could tell from their own view when the desk wrote what they may not read.
     */
    @WithTransaction
    public Uni<TimelineEntry> comment(Caller caller, String ticketRef, NewComment comment) {
        return tickets.forChange(caller, ticketRef).chain(action -> comment(action, comment));
    }

    /**
     * A comment by whoever {@code action} says changes the ticket (locked by it): a requester's
     * e-mail is a public reply, the desk's an internal note, by the same rules as the API's.
     */
    public Uni<TimelineEntry> comment(TicketService.TicketAction action, NewComment comment) {
        Visibility visibility = comment.visibility();
        if (visibility == Visibility.INTERNAL && !action.works()) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "Requesters reply publicly; internal notes are for the desk.");
        }
        Ticket ticket = action.ticket();
        if (visibility == Visibility.PUBLIC) {
            refuseWhenFinal(ticket);
        }
        Instant now = clock.instant();
        boolean deskReply = visibility == Visibility.PUBLIC && action.works();
        if (visibility == Visibility.PUBLIC) {
            ticket.touch(now);
        }
        TimelineEntry written =
                TimelineEntry.comment(ticket.id(), visibility, action.actor().id(), comment.body(), now);
        return history.append(ticket, written)
                .replaceWith(written)
                .call(() -> deskReply
                        ? clocks.replied(ticket, now)
                        : Uni.createFrom().voidItem())
                .call(entries::flush);
    }

    /**
     * A comment of the ticket {@code action} is on, as the caller may see it (a requester no
     * internal note); any other id is a 404.
     */
    public Uni<TimelineEntry> commentOn(Caller caller, TicketService.TicketAction action, UUID commentId) {
        return entries.findById(commentId)
                .map(entry -> entry != null && entry.isCommentOn(action.ticket().id(), caller.isStaff()) ? entry : null)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundProblem("comment", commentId.toString()));
    }

    /**
     * A file added to the ticket {@code action} is on (locked by it), with the file's visibility.
     * A public file is activity like a reply: refused on a final ticket, and it moves the ticket's
     * {@code updatedAt} and version on; an internal one leaves them be.
     */
    public Uni<Void> attached(
            TicketService.TicketAction action, Visibility visibility, AttachmentReference file, Instant at) {
        Ticket ticket = action.ticket();
        if (visibility == Visibility.PUBLIC) {
            refuseWhenFinal(ticket);
            ticket.touch(at);
        }
        return history.append(
                ticket,
                TimelineEntry.attached(ticket.id(), visibility, action.actor().id(), file, at));
    }

    private static void refuseWhenFinal(Ticket ticket) {
        if (TicketLifecycle.isFinal(ticket.status())) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The ticket is " + ticket.status() + "; its record stands as it ended. Record a new ticket"
                            + " (and link it) for what comes next.");
        }
    }

    /**
     * An SLA warning or breach the service recorded, for the timeline (internal, authorless) and
     * as an event: which target, when it was due, the threshold (percent) a warning crossed.
     */
    public record SlaNote(
            UUID ticketId, boolean breach, String target, Instant dueAt, Integer threshold, String body, Instant at) {}

    public Uni<Void> recordSlaEvents(List<SlaNote> notes) {
        return history.appendSlaCrossings(notes);
    }

    /**
     * A walk through a decision tree, attached to a ticket, ended: {@code transcript} (its questions,
     * answers and outcome) lands in the ticket's timeline for the desk.
     */
    public Uni<Void> recordWalk(UUID ticketId, UUID walkerId, WalkReference walk, String transcript, Instant at) {
        return entries.append(TimelineEntry.walked(ticketId, walkerId, walk, transcript, at));
    }

    /** An e-mail the service sent about the ticket ({@code sent}), or gave up sending: for the desk. */
    public Uni<Void> recordNotification(UUID ticketId, boolean sent, String body, Instant at) {
        return entries.append(TimelineEntry.notification(ticketId, sent, body, at));
    }

    /** A ticket's latest entries for the desk, oldest first, and how many earlier ones were left out. */
    public record Recent(List<TimelineEntryView> entries, long earlier) {}

    /** The desk's view of a ticket's story for a hand-over: internal entries too. */
    public Uni<Recent> recent(UUID ticketId, int limit) {
        return entries.latest(ticketId, limit)
                .chain(latest -> entries.count("ticketId", ticketId)
                        .map(total -> new Recent(
                                latest.stream().map(TimelineEntryView::of).toList(), total - latest.size())));
    }

    /**
     * The story of a ticket the caller may see, in {@code order} ({@link #OLDEST_FIRST} or
     * {@link #NEWEST_FIRST}); requesters never see INTERNAL entries.
     */
    @WithSession
    public Uni<Page<TimelineEntryView>> page(Caller caller, String ticketRef, String order, PageRequest page) {
        boolean newestFirst = order.equals(NEWEST_FIRST);
        return tickets.find(caller, ticketRef)
                .chain(ticket -> entries.page(ticket.id(), caller.isStaff(), newestFirst, page))
                .map(rows -> Page.of(
                        rows,
                        page,
                        entry -> new PageCursor(order, entry.createdAt().toString(), entry.id()),
                        TimelineEntryView::of));
    }
}
