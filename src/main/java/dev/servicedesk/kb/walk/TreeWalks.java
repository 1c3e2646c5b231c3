package dev.servicedesk.kb.walk;

import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonFilter;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.kb.ArticleTrees;
import dev.servicedesk.kb.walk.dto.NewTreeWalk;
import dev.servicedesk.kb.walk.dto.TreeWalkAnswer;
import dev.servicedesk.kb.walk.dto.TreeWalkEnd;
import dev.servicedesk.kb.walk.dto.TreeWalkView;
import dev.servicedesk.ticket.Ticket;
import dev.servicedesk.ticket.TicketLifecycle;
import dev.servicedesk.ticket.TicketService;
import dev.servicedesk.ticket.TimelineService;
import dev.servicedesk.ticket.WalkReference;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Walks through troubleshooting articles' decision trees. Anyone who may read an article walks
 * it; only the walker answers and ends a walk; the desk reads every walk, a requester their own.
 * A walk attached to a ticket tells the ticket's timeline its path when it ends.
 */
@ApplicationScoped
public class TreeWalks {
    private final WalkRepository walks;
    private final ArticleTrees trees;
    private final PersonService people;
    private final TicketService tickets;
    private final TimelineService timeline;
    private final WalkSettings settings;
    private final Clock clock;

    TreeWalks(
            WalkRepository walks,
            ArticleTrees trees,
            PersonService people,
            TicketService tickets,
            TimelineService timeline,
            WalkSettings settings,
            Clock clock) {
        this.walks = walks;
        this.trees = trees;
        this.people = people;
        this.tickets = tickets;
        this.timeline = timeline;
        this.settings = settings;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Walk> start(Caller caller, String articleRef, String acceptLanguage, NewTreeWalk request) {
        return people.sync(caller)
                .chain(walker -> trees.toWalk(caller, articleRef, acceptLanguage)
                        .chain(tree -> attachable(caller, request.ticketRef()).chain(ticketId -> {
                            Walk walk = Walk.start(tree, walker.id(), ticketId, clock.instant());
                            return walks.persist(walk).call(walks::flush);
                        })));
    }

    /** A walk the caller may read: any for the desk, their own for a requester (another's is a 404). */
    @WithSession
    public Uni<Walk> find(Caller caller, String ref) {
        return people.sync(caller)
                .chain(person -> walks.byRef(ref).map(walk -> visible(caller, person.id(), walk, ref)));
    }

    /**
     * A page of the walks the caller may read, newest first: a requester's own only; {@code
     * ticketRef} must name a ticket the caller may see, {@code articleRef} an article.
     */
    @WithSession
    public Uni<Page<TreeWalkView>> list(Caller caller, WalkFilter filter) {
        Uni<UUID> ticket = filter.ticketRef() == null
                ? Uni.createFrom().nullItem()
                : tickets.find(caller, filter.ticketRef()).map(Ticket::id);
        Uni<UUID> article =
                filter.articleRef() == null ? Uni.createFrom().nullItem() : trees.idOf(caller, filter.articleRef());
        return people.sync(caller)
                .chain(person -> ticket.chain(ticketId -> article.chain(articleId -> walks.page(
                                ticketId,
                                articleId,
                                filter.open(),
                                walkerOf(caller, person.id(), filter.walker()),
                                filter.page())
                        .map(rows -> Page.of(
                                rows,
                                filter.page(),
                                walk -> new PageCursor(WalkFilter.ORDER, "", walk.id()),
                                TreeWalkView::of)))));
    }

    /** Whose walks a list holds: a requester's own, else the person asked for (if any). */
    private static UUID walkerOf(Caller caller, UUID personId, PersonFilter walker) {
        if (!caller.isStaff()) {
            return personId;
        }
        return walker == null ? null : walker.resolvedFor(personId).id();
    }

    @WithTransaction
    public Uni<Walk> answer(Caller caller, String ref, String ifMatch, TreeWalkAnswer answer) {
        return forChange(caller, ref, ifMatch)
                .call(walk -> trees.toWalkOn(caller, walk.articleId(), walk.revision())
                        .invoke(tree -> walk.answer(tree, answer.nodeId(), answer.answer(), clock.instant())))
                .call(walks::flush);
    }

    @WithTransaction
    public Uni<Walk> end(Caller caller, String ref, String ifMatch, TreeWalkEnd request) {
        return forChange(caller, ref, ifMatch)
                .call(walk -> attachable(caller, request.ticketRef()).invoke(ticketId -> {
                    if (ticketId != null) {
                        walk.attachTo(ticketId);
                    }
                }))
                .call(walk -> {
                    walk.end(request.result().status(), clock.instant());
                    return recordOnTicket(walk);
                })
                .call(walks::flush);
    }

    /**
     * Ends up to {@code batch} walks left alone for longer than configured, on every replica (each
     * walk is claimed by one): ABANDONED at their question, or UNCONFIRMED at their outcome.
     * Returns how many ended.
     */
    @WithTransaction
    public Uni<Integer> endIdle(int batch) {
        Instant now = clock.instant();
        return walks.claimIdleSince(now.minus(settings.idleAfter()), batch)
                .call(idle -> {
                    Uni<Void> recorded = Uni.createFrom().voidItem();
                    for (Walk walk : idle) {
                        walk.leftAlone(now);
                        recorded = recorded.call(() -> recordOnTicket(walk));
                    }
                    return recorded.call(walks::flush);
                })
                .map(List::size);
    }

    /** An ended walk attached to a ticket: its path, for the ticket's timeline. */
    private Uni<Void> recordOnTicket(Walk walk) {
        if (walk.ticketId() == null) {
            return Uni.createFrom().voidItem();
        }
        return timeline.recordWalk(
                walk.ticketId(),
                walk.walkerId(),
                new WalkReference(walk.id(), walk.articleId(), walk.articleKey()),
                WalkTranscript.of(walk),
                walk.endedAt());
    }

    /**
     * A walk its walker changes, row-locked: who decides before anything else (a requester's
     * walk is a 404 to other requesters, anyone else's a 403), then the ETag.
     */
    private Uni<Walk> forChange(Caller caller, String ref, String ifMatch) {
        return people.sync(caller)
                .chain(person -> walks.byRefLocked(ref)
                        .map(walk -> visible(caller, person.id(), walk, ref))
                        .invoke(walk -> {
                            if (!walk.isWalkedBy(person.id())) {
                                throw new ProblemException(
                                        ProblemType.FORBIDDEN, "Only whoever started a walk answers and ends it.");
                            }
                            EntityTag.requireMatch(ifMatch, walk.version());
                        }));
    }

    /** {@code walk}, if the caller may read it (a requester's own only); else a 404. */
    private static Walk visible(Caller caller, UUID personId, Walk walk, String ref) {
        if (walk == null || (!caller.isStaff() && !walk.isWalkedBy(personId))) {
            throw new NotFoundProblem("walk", ref);
        }
        return walk;
    }

    /**
     * The ticket {@code ref} names, for a walk to attach to: one the caller works or requested (the
     * rest of the desk gets 403, anyone else a 404), and not closed or cancelled (409).
     */
    private Uni<UUID> attachable(Caller caller, String ref) {
        if (ref == null) {
            return Uni.createFrom().nullItem();
        }
        return tickets.forChange(caller, ref).map(action -> {
            if (TicketLifecycle.isFinal(action.ticket().status())) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "The ticket is " + action.ticket().status() + "; a walk attaches to a ticket still open.");
            }
            return action.ticket().id();
        });
    }
}
