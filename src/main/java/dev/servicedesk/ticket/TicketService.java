package dev.servicedesk.ticket;

import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.Person;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.identity.Role;
import dev.servicedesk.ticket.dto.NewTicket;
import dev.servicedesk.ticket.dto.TicketSummary;
import dev.servicedesk.ticket.dto.TicketTransition;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
public class TicketService {
    private final TicketRepository tickets;
    private final TimelineRepository timeline;
    private final PersonService people;
    private final PriorityMatrixService priorityMatrix;
    private final TicketRouter router;
    private final TicketClocks clocks;
    private final EscalationsOnTicket escalations;
    private final TicketLimits limits;
    private final TicketSettings settings;
    private final Clock clock;

    TicketService(
            TicketRepository tickets,
            TimelineRepository timeline,
            PersonService people,
            PriorityMatrixService priorityMatrix,
            TicketRouter router,
            TicketClocks clocks,
            EscalationsOnTicket escalations,
            TicketLimits limits,
            TicketSettings settings,
            Clock clock) {
        this.tickets = tickets;
        this.timeline = timeline;
        this.people = people;
        this.priorityMatrix = priorityMatrix;
        this.router = router;
        this.clocks = clocks;
        this.escalations = escalations;
        this.limits = limits;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Records a contact: for the caller, or (staff only) for {@code requesterId}; NEW, classified
     * and routed by the routing rules where the request is silent, the priority from the matrix.
     * The timeline tells which rule did what.
     */
    @WithTransaction
    public Uni<Ticket> create(Caller caller, NewTicket request) {
        limits.check(request.environment(), request.occurredAt());
        checkOnBehalf(caller, request);
        Channel channel = Objects.requireNonNullElse(request.channel(), defaultChannel(caller));
        return people.sync(caller)
                .chain(creator -> requester(creator, request))
                .chain(parties -> router.route(routingRequest(request, channel, parties.requester()))
                        .chain(routing -> priorityMatrix
                                .priorityFor(routing.impact(), routing.urgency())
                                .map(priority -> new Classification(
                                        routing.category(), routing.impact(), routing.urgency(), priority, channel))
                                .chain(classification -> tickets.nextKey(request.type())
                                        .map(key -> Ticket.record(
                                                Ids.newId(),
                                                key,
                                                request,
                                                classification,
                                                routing,
                                                parties.requester().id(),
                                                parties.creatorId(),
                                                clock.instant().truncatedTo(ChronoUnit.MICROS))))
                                .chain(tickets::persist)
                                .call(ticket -> timeline.persist(TimelineEntry.created(ticket)))
                                .call(ticket -> routing.rulesApplied().isEmpty()
                                        ? Uni.createFrom().voidItem()
                                        : timeline.persist(routing.rulesApplied().stream()
                                                .map(rule -> TimelineEntry.routed(ticket, rule))))
                                .call(ticket -> clocks.recorded(
                                        ticket,
                                        parties.requester().department(),
                                        parties.requester().vip()))));
    }

    private static RoutingRequest routingRequest(NewTicket request, Channel channel, Person requester) {
        return new RoutingRequest(
                request.type(),
                request.subject(),
                request.description(),
                request.category(),
                request.impact(),
                request.urgency(),
                channel,
                requester.department(),
                requester.vip());
    }

    /**
     * Moves a ticket through its lifecycle under If-Match: the desk makes any allowed move, a
     * requester confirms, reopens (within the window) or cancels their own. Logged in the timeline.
     */
    @WithTransaction
    public Uni<Ticket> transition(Caller caller, String ref, String ifMatch, TicketTransition transition) {
        return find(caller, ref).chain(ticket -> {
            EntityTag.requireMatch(ifMatch, ticket.version());
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            checkMove(caller, ticket, transition, now);
            TicketStatus from = ticket.status();
            List<FieldChange> changes = ticket.moveTo(transition, now);
            return people.sync(caller)
                    .call(actor -> timeline.persist(TimelineEntry.statusChanged(
                            ticket.id(), actor.id(), TransitionData.reason(transition), changes, now)))
                    .call(() -> clocks.moved(ticket, from, caller.isStaff(), now))
                    .call(actor -> finished(ticket, actor.id(), now))
                    .call(actor -> transition.resolvesChildren()
                            ? resolveChildren(ticket, transition, actor.id(), now)
                            : Uni.createFrom().voidItem())
                    .chain(tickets::flush)
                    .replaceWith(ticket);
        });
    }

    /** Resolves each child of a resolved parent that can still be resolved, each logged on the child. */
    private Uni<Void> resolveChildren(Ticket parent, TicketTransition transition, UUID actorId, Instant now) {
        String note = "Resolved with its parent " + parent.key() + ": " + transition.resolutionNotes();
        return tickets.lockChildrenOf(parent.id()).chain(children -> {
            Uni<Void> done = Uni.createFrom().voidItem();
            for (Ticket child : children) {
                TicketStatus from = child.status();
                if (!TicketLifecycle.allows(from, TicketStatus.RESOLVED)) {
                    continue;
                }
                TimelineEntry entry =
                        TimelineEntry.statusChanged(child.id(), actorId, note, child.moveTo(transition, now), now);
                // One after another: a reactive session runs one operation at a time.
                done = done.chain(() -> timeline.persist(entry))
                        .chain(() -> clocks.moved(child, from, true, now))
                        .chain(() -> finished(child, actorId, now));
            }
            return done;
        });
    }

    private Uni<Void> finished(Ticket ticket, UUID actorId, Instant at) {
        return ticket.status() == TicketStatus.RESOLVED || ticket.status() == TicketStatus.CANCELLED
                ? escalations.finished(ticket, actorId, at)
                : Uni.createFrom().voidItem();
    }

    private void checkMove(Caller caller, Ticket ticket, TicketTransition transition, Instant now) {
        TicketStatus from = ticket.status();
        TicketStatus to = transition.to();
        if (!caller.isStaff() && !TicketLifecycle.requesterMay(from, to)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "Requesters confirm, reopen or cancel their own tickets; the desk makes the other moves.");
        }
        if (!TicketLifecycle.allows(from, to)) {
            throw ProblemException.illegalTransition(
                    "A " + from + " ticket cannot move to " + to + ".",
                    TicketLifecycle.movesFrom(from).stream()
                            .map(Enum::name)
                            .sorted()
                            .toList());
        }
        TransitionData.require(transition);
        if (TicketLifecycle.isReopening(from, to)
                && now.isAfter(ticket.resolvedAt().plus(settings.closeResolvedAfter()))) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "The ticket was resolved too long ago to reopen; record a new one.");
        }
    }

    /**
     * Closes resolved tickets whose requester did not answer within the configured time, one
     * batch per call; each close is logged, and several replicas never close a ticket twice.
     */
    @WithTransaction
    public Uni<Integer> closeExpiredResolutions(int batch) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        TicketTransition close = new TicketTransition(TicketStatus.CLOSED, null, null, null, null, null);
        String note = "Closed automatically: no reply within "
                + settings.closeResolvedAfter().toDays() + " days of the resolution.";
        return tickets.claimResolvedBefore(now.minus(settings.closeResolvedAfter()), batch)
                .call(expired -> {
                    if (expired.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    List<TimelineEntry> entries = expired.stream()
                            .map(ticket -> TimelineEntry.statusChanged(
                                    ticket.id(), null, note, ticket.moveTo(close, now), now))
                            .toList();
                    return timeline.persist(entries.stream()).chain(tickets::flush);
                })
                .map(List::size);
    }

    /** A ticket by UUID or key; someone else's ticket is as absent to a requester as a missing one. */
    @WithSession
    public Uni<Ticket> find(Caller caller, String ref) {
        Uni<Ticket> found =
                Ids.parse(ref).map(tickets::findById).orElseGet(() -> tickets.findByKey(ref.toUpperCase(Locale.ROOT)));
        return found.chain(ticket -> visibleTo(caller, ticket))
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundProblem("ticket", ref));
    }

    @WithSession
    public Uni<Page<TicketSummary>> list(Caller caller, TicketFilter filter) {
        Uni<TicketFilter> scoped = caller.isStaff()
                ? Uni.createFrom().item(filter)
                : people.sync(caller).map(me -> scopeToRequester(filter, me));
        return scoped.chain(visible -> visible == null
                ? Uni.createFrom().item(new Page<>(List.of(), null))
                : tickets.list(visible)
                        .map(rows -> Page.of(rows, visible.page(), visible.sort()::cursorAfter, TicketSummary::of)));
    }

    /** Null when a requester asks for someone else's tickets: they get an empty list. */
    private static TicketFilter scopeToRequester(TicketFilter filter, Person me) {
        if (filter.requesterId() != null && !filter.requesterId().equals(me.id())) {
            return null;
        }
        return filter.onlyFor(me.id());
    }

    private Uni<Ticket> visibleTo(Caller caller, Ticket ticket) {
        if (ticket == null || caller.isStaff()) {
            return Uni.createFrom().item(ticket);
        }
        return people.sync(caller).map(me -> ticket.isRequestedBy(me.id()) ? ticket : null);
    }

    private static void checkOnBehalf(Caller caller, NewTicket request) {
        String field = request.requester() != null ? "requester" : "requesterId";
        if ((request.requesterId() != null || request.requester() != null) && !caller.isStaff()) {
            throw ProblemException.invalid(field, "only agents and integrations record tickets for someone else");
        }
        if (request.requesterId() != null && request.requester() != null) {
            throw ProblemException.invalid("requester", "name the requester by requesterId or by requester, not both");
        }
    }

    /** Who the ticket is for (a known person, someone named by email, or the caller) and who records it. */
    private Uni<Parties> requester(Person creator, NewTicket request) {
        if (request.requester() != null) {
            return people.findOrRecord(request.requester()).map(person -> new Parties(person, creator.id()));
        }
        UUID requesterId = request.requesterId();
        if (requesterId == null || requesterId.equals(creator.id())) {
            return Uni.createFrom().item(new Parties(creator, creator.id()));
        }
        return people.find(requesterId)
                .onFailure(NotFoundProblem.class)
                .transform(e -> ProblemException.invalid("requesterId", "is not a known person"))
                .map(requester -> new Parties(requester, creator.id()));
    }

    private static Channel defaultChannel(Caller caller) {
        if (caller.has(Role.INTEGRATION)) {
            return Channel.API;
        }
        return caller.isStaff() ? Channel.PHONE : Channel.PORTAL;
    }

    private record Parties(Person requester, UUID creatorId) {}
}
