package dev.servicedesk.ticket;

import dev.servicedesk.cmdb.CiFacts;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.Person;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.identity.Role;
import dev.servicedesk.ticket.dto.NewTicket;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

@ApplicationScoped
public class TicketService {
    private final TicketRepository tickets;
    private final TicketHistory history;
    private final PersonService people;
    private final PriorityMatrixService priorityMatrix;
    private final TicketRouter router;
    private final SlaClockKeeper clocks;
    private final TicketLimits limits;
    private final TicketWorkers workers;
    private final TicketSettings settings;
    private final NamedCis cis;
    private final Clock clock;

    TicketService(
            TicketRepository tickets,
            TicketHistory history,
            PersonService people,
            PriorityMatrixService priorityMatrix,
            TicketRouter router,
            SlaClockKeeper clocks,
            TicketLimits limits,
            TicketWorkers workers,
            TicketSettings settings,
            NamedCis cis,
            Clock clock) {
        this.tickets = tickets;
        this.history = history;
        this.people = people;
        this.priorityMatrix = priorityMatrix;
        this.router = router;
        this.clocks = clocks;
        this.limits = limits;
        this.workers = workers;
        this.settings = settings;
        this.cis = cis;
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
        checkWhatCallerMayState(caller, request);
        Channel channel = Objects.requireNonNullElse(request.channel(), defaultChannel(caller));
        return people.sync(caller)
                .chain(creator -> requester(creator, request))
                .chain(parties -> cis.check(
                                Objects.requireNonNullElse(request.ciIds(), List.of()),
                                List.of(),
                                caller.isStaff() ? null : parties.requester().id())
                        .chain(named -> classified(request, channel, parties, named)))
                .chain(this::recorded);
    }

    /** A new contact as routing and the priority matrix classify it, before it is recorded. */
    private record Intake(NewTicket request, Parties parties, RoutingDecision routing, Classification classification) {}

    private Uni<Intake> classified(NewTicket request, Channel channel, Parties parties, List<CiFacts> named) {
        return router.route(routingRequest(request, channel, parties.requester(), named))
                .chain(routing -> priorityMatrix
                        .priorityFor(routing.impact(), routing.urgency())
                        .map(priority -> new Intake(
                                request,
                                parties,
                                routing,
                                new Classification(
                                        routing.category(), routing.impact(), routing.urgency(), priority, channel))));
    }

    /** Records the ticket, its first timeline entries (created, and each rule that routed it), and its SLA clocks. */
    private Uni<Ticket> recorded(Intake intake) {
        Person requester = intake.parties().requester();
        List<RoutingDecision.AppliedRule> rules = intake.routing().rulesApplied();
        return tickets.nextKey(intake.request().type())
                .map(key -> Ticket.record(
                        Ids.newId(),
                        key,
                        intake.request(),
                        intake.classification(),
                        intake.routing(),
                        requester.id(),
                        intake.parties().creatorId(),
                        clock.instant()))
                .chain(tickets::persist)
                .call(ticket -> history.append(
                        ticket,
                        Stream.concat(
                                        Stream.of(TimelineEntry.created(ticket)),
                                        rules.stream().map(rule -> TimelineEntry.routed(ticket, rule)))
                                .toList()))
                .call(ticket -> clocks.recorded(ticket, requester.department(), requester.vip()));
    }

    private static RoutingRequest routingRequest(
            NewTicket request, Channel channel, Person requester, List<CiFacts> named) {
        return new RoutingRequest(
                request.type(),
                request.subject(),
                request.description(),
                request.category(),
                request.impact(),
                request.urgency(),
                channel,
                requester.department(),
                requester.vip(),
                named);
    }

    /** How many tickets stand resolved (or closed) with this knowledge base article. */
    @WithSession
    public Uni<Long> solvedWith(UUID articleId) {
        return tickets.count("resolution.resolutionArticleId", articleId);
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

    /** A ticket someone is about to change, who they are, and whether they work it (else they requested it). */
    public record TicketAction(Ticket ticket, Person actor, boolean works) {}

    /**
     * A ticket the caller may see, for a change, row-locked for this transaction and read as it
     * stands under the lock, in one statement: those who work it act as the desk, its requester as
     * the requester; the rest of the desk only reads it (403). A requester's look at someone else's
     * ticket is a 404 that never locks it. Called before anything loads the ticket into the
     * session: a locked read of an instance the session already holds only upgrades its lock.
     */
    public Uni<TicketAction> forChange(Caller caller, String ref) {
        return people.sync(caller)
                .chain(actor -> locked(ref, caller.isStaff() ? null : actor.id())
                        .onItem()
                        .ifNull()
                        .failWith(() -> new NotFoundProblem("ticket", ref))
                        .chain(ticket -> standing(caller, actor, ticket)));
    }

    /** The caller's standing on a ticket they may see (as {@link #forChange}, without the lock). */
    public Uni<TicketAction> actionOn(Caller caller, Ticket ticket) {
        return people.sync(caller).chain(actor -> standing(caller, actor, ticket));
    }

    /**
     * The ticket {@code ref} names, row-locked for a change by someone who wrote by e-mail; null
     * when there is none. Nothing is decided yet about who may write to it: {@link #senderOn} does.
     */
    public Uni<Ticket> lockedForMail(String ref) {
        return locked(ref, null);
    }

    /**
     * The ticket {@code ref} names (its id or key), row-locked and read under the lock; null when
     * there is none, or when {@code requesterId} is given and did not request it.
     */
    private Uni<Ticket> locked(String ref, UUID requesterId) {
        return Ids.parse(ref)
                .map(id -> tickets.lockedById(id, requesterId))
                .orElseGet(() -> tickets.lockedByKey(ref.toUpperCase(Locale.ROOT), requesterId));
    }

    /**
     * How {@code sender}, known only by their address, stands on {@code ticket}: its requester, or
     * someone who works its queue (the desk); null for anyone else.
     */
    public Uni<TicketAction> senderOn(Ticket ticket, Person sender) {
        if (ticket.isRequestedBy(sender.id())) {
            return Uni.createFrom().item(new TicketAction(ticket, sender, false));
        }
        return workers.worksAsMember(sender, ticket.queueId())
                .map(works -> works ? new TicketAction(ticket, sender, true) : null);
    }

    /** Those of {@code ids} that are tickets, for what lists tickets beside its own records; no access checked. */
    @WithSession
    public Uni<List<Ticket>> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : tickets.list("id in ?1", ids);
    }

    /** Whether the caller works {@code ticket}, as a standing that is never refused. */
    Uni<TicketAction> standingOf(Caller caller, Ticket ticket) {
        return people.sync(caller)
                .chain(actor -> workers.works(caller, actor, ticket.queueId())
                        .map(works -> new TicketAction(ticket, actor, works)));
    }

    private Uni<TicketAction> standing(Caller caller, Person actor, Ticket ticket) {
        return workers.works(caller, actor, ticket.queueId()).map(works -> {
            if (!works && !ticket.isRequestedBy(actor.id())) {
                throw new ProblemException(
                        ProblemType.FORBIDDEN,
                        "Only the members and supervisor of the ticket's queue (the front line while it is in"
                                + " none), admins and integrations change it.");
            }
            return new TicketAction(ticket, actor, works);
        });
    }

    private Uni<Ticket> visibleTo(Caller caller, Ticket ticket) {
        if (ticket == null || caller.isStaff()) {
            return Uni.createFrom().item(ticket);
        }
        return people.sync(caller).map(me -> ticket.isRequestedBy(me.id()) ? ticket : null);
    }

    private static void checkWhatCallerMayState(Caller caller, NewTicket request) {
        String field = request.requester() != null ? "requester" : "requesterId";
        if (request.channel() != null && !caller.isStaff()) {
            throw ProblemException.invalid(
                    "channel", "is stated by the desk or an integration; a requester's ticket takes its application's");
        }
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

    /** The desk and integrations say how a contact came in; a requester's comes from their application. */
    private Channel defaultChannel(Caller caller) {
        if (caller.has(Role.INTEGRATION)) {
            return Channel.API;
        }
        if (caller.isStaff()) {
            return Channel.PHONE;
        }
        return caller.client() == null
                ? Channel.PORTAL
                : settings.requesterChannels().getOrDefault(caller.client(), Channel.PORTAL);
    }

    private record Parties(Person requester, UUID creatorId) {}
}
