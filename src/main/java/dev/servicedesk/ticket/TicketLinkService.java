package dev.servicedesk.ticket;

import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.ticket.dto.NewTicketLink;
import dev.servicedesk.ticket.dto.TicketLinkView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Links between tickets: related, duplicate, cause, parent and child. The desk makes them. */
@ApplicationScoped
public class TicketLinkService {
    static final String ORDER = "createdAt";

    private final TicketService tickets;
    private final TicketRepository ticketRepository;
    private final TicketLinkRepository links;
    private final TimelineRepository timeline;
    private final PersonService people;
    private final Clock clock;

    TicketLinkService(
            TicketService tickets,
            TicketRepository ticketRepository,
            TicketLinkRepository links,
            TimelineRepository timeline,
            PersonService people,
            Clock clock) {
        this.tickets = tickets;
        this.ticketRepository = ticketRepository;
        this.links = links;
        this.timeline = timeline;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Links {@code ref} to the request's ticket. Both tickets are locked first, so that two links
     * made at once cannot together break a rule that each keeps alone.
     */
    @WithTransaction
    public Uni<TicketLinkView> link(Caller caller, String ref, NewTicketLink request) {
        return tickets.find(caller, ref)
                .chain(self -> worked(caller, self))
                .chain(self -> ends(caller, self, request))
                .chain(ends -> linked(caller, ends, request.type()));
    }

    /** The two tickets a link joins, both worked by the caller and locked. */
    private record Ends(Ticket self, Ticket other) {}

    private Uni<Ends> ends(Caller caller, Ticket self, NewTicketLink request) {
        return tickets.find(caller, request.ticket())
                .onFailure(NotFoundProblem.class)
                .transform(e -> ProblemException.invalid("ticket", "is not a ticket's id or key"))
                .chain(other -> {
                    if (other.id().equals(self.id())) {
                        throw ProblemException.invalid("ticket", "must be another ticket");
                    }
                    return lockWorked(caller, self, other);
                });
    }

    private Uni<TicketLinkView> linked(Caller caller, Ends ends, TicketLinkType type) {
        Ticket self = ends.self();
        Ticket other = ends.other();
        return links.touching(self.id(), other.id())
                .chain(existing -> people.sync(caller).chain(actor -> {
                    Instant now = now();
                    TicketLink link = TicketLink.between(self.id(), type, other.id(), actor.id(), now);
                    TicketLinkRules.check(link, existing);
                    return links.persist(link)
                            .call(() -> logOnBothEnds(TimelineEntry::linked, link, self, other, actor.id(), now));
                }))
                .map(link -> TicketLinkView.of(link, self.id(), other));
    }

    /** Removes a link of {@code ref}; both tickets' timelines say so. */
    @WithTransaction
    public Uni<Void> unlink(Caller caller, String ref, UUID linkId) {
        return tickets.find(caller, ref)
                .chain(self -> worked(caller, self))
                .chain(self -> links.findOf(self.id(), linkId)
                        .onItem()
                        .ifNull()
                        .failWith(() -> new NotFoundProblem("link", linkId))
                        .chain(link -> unlinked(caller, self, link)));
    }

    private Uni<Void> unlinked(Caller caller, Ticket self, TicketLink link) {
        return ticketRepository
                .findById(link.otherEnd(self.id()))
                .chain(other -> lockWorked(caller, self, other))
                .chain(ends -> people.sync(caller)
                        .chain(actor -> logOnBothEnds(
                                TimelineEntry::unlinked, link, ends.self(), ends.other(), actor.id(), now())))
                .chain(() -> links.delete(link));
    }

    /** One link of the ticket, seen from it; a requester sees it only when both ends are theirs. */
    @WithSession
    public Uni<TicketLinkView> find(Caller caller, String ref, UUID linkId) {
        return tickets.find(caller, ref)
                .chain(self -> links.findOf(self.id(), linkId)
                        .onItem()
                        .ifNull()
                        .failWith(() -> new NotFoundProblem("link", linkId))
                        .chain(link -> ticketRepository
                                .findById(link.otherEnd(self.id()))
                                .map(other -> {
                                    if (!caller.isStaff()
                                            && !other.requesterId().equals(self.requesterId())) {
                                        throw new NotFoundProblem("link", linkId);
                                    }
                                    return TicketLinkView.of(link, self.id(), other);
                                })));
    }

    /** A page of the ticket's links; a requester sees only those to their own tickets. */
    @WithSession
    public Uni<Page<TicketLinkView>> page(Caller caller, String ref, TicketLinkType type, PageRequest page) {
        return tickets.find(caller, ref).chain(self -> {
            UUID onlyRequestedBy = caller.isStaff() ? null : self.requesterId();
            return links.page(self.id(), type, onlyRequestedBy, page)
                    .chain(rows -> ticketRepository
                            .findAll(rows.stream()
                                    .map(link -> link.otherEnd(self.id()))
                                    .toList())
                            .map(others -> pageOf(self, rows, others, page)));
        });
    }

    private static Page<TicketLinkView> pageOf(
            Ticket self, List<TicketLink> rows, List<Ticket> others, PageRequest page) {
        Map<UUID, Ticket> byId = others.stream().collect(Collectors.toMap(Ticket::id, Function.identity()));
        return Page.of(
                rows,
                page,
                link -> new PageCursor(ORDER, link.createdAt().toString(), link.id()),
                link -> TicketLinkView.of(link, self.id(), byId.get(link.otherEnd(self.id()))));
    }

    private Uni<Void> logOnBothEnds(
            LinkEntry entry, TicketLink link, Ticket self, Ticket other, UUID actorId, Instant at) {
        return timeline.append(
                entry.of(
                        self.id(),
                        actorId,
                        new LinkReference(link.typeSeenFrom(self.id()), other.id(), other.key()),
                        at),
                entry.of(
                        other.id(),
                        actorId,
                        new LinkReference(link.typeSeenFrom(other.id()), self.id(), self.key()),
                        at));
    }

    /**
     * Both ends, row-locked in id order (two links made at once cannot deadlock) and read again,
     * each worked by the caller: checked before the locks, to refuse early, and after, on what
     * the tickets are now.
     */
    private Uni<Ends> lockWorked(Caller caller, Ticket self, Ticket other) {
        boolean selfFirst = self.id().compareTo(other.id()) < 0;
        return worked(caller, other)
                .chain(() -> ticketRepository.lockAndRefresh(selfFirst ? self : other))
                .chain(first -> ticketRepository
                        .lockAndRefresh(selfFirst ? other : self)
                        .map(second -> selfFirst ? new Ends(first, second) : new Ends(second, first)))
                .call(ends -> worked(caller, ends.self()))
                .call(ends -> worked(caller, ends.other()));
    }

    /** Links change both tickets: they are made and removed by those who work both. */
    private Uni<Ticket> worked(Caller caller, Ticket ticket) {
        return tickets.actionOn(caller, ticket).map(action -> {
            if (!action.works()) {
                throw new ProblemException(
                        ProblemType.FORBIDDEN,
                        "Links between tickets are made and removed by those who work both of them.");
            }
            return ticket;
        });
    }

    /** Makes the timeline entry that tells a ticket about a link (made or removed). */
    @FunctionalInterface
    private interface LinkEntry {
        TimelineEntry of(UUID ticketId, UUID authorId, LinkReference link, Instant at);
    }

    private Instant now() {
        return clock.instant();
    }
}
