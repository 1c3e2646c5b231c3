package dev.servicedesk.kb.walk;

import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.kb.ArticleTrees;
import dev.servicedesk.kb.walk.dto.NewTreeWalk;
import dev.servicedesk.kb.walk.dto.TreeWalkAnswer;
import dev.servicedesk.kb.walk.dto.TreeWalkEnd;
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
        return people.sync(caller).chain(person -> visible(caller, person.id(), ref, false));
    }

    @WithTransaction
    public Uni<Walk> answer(Caller caller, String ref, String ifMatch, TreeWalkAnswer answer) {
        return forChange(caller, ref, ifMatch)
                .call(walk -> trees.revisionTree(walk.articleId(), walk.revision())
                        .invoke(tree -> walk.answer(tree, answer.nodeId(), answer.answer(), clock.instant())))
                .call(walks::flush);
    }

    @WithTransaction
    public Uni<Walk> end(Caller caller, String ref, String ifMatch, TreeWalkEnd request) {
        return forChange(caller, ref, ifMatch)
                .call(walk -> attachable(caller, request.ticketRef()).invoke(ticketId -> {
                    if (ticketId != null) {
                        walk.attach(ticketId);
                    }
                }))
                .call(walk -> {
                    walk.end(WalkStatus.valueOf(request.result().name()), clock.instant());
                    return told(walk);
                })
                .call(walks::flush);
    }

    /**
     * Ends ABANDONED up to {@code batch} walks left without an answer for longer than configured,
     * on every replica; each walk is claimed by one. Returns how many ended.
     */
    @WithTransaction
    public Uni<Integer> endIdle(int batch) {
        Instant now = clock.instant();
        return walks.claimIdleSince(now.minus(settings.idleAfter()), batch)
                .call(idle -> {
                    Uni<Void> told = Uni.createFrom().voidItem();
                    for (Walk walk : idle) {
                        walk.end(WalkStatus.ABANDONED, now);
                        told = told.call(() -> told(walk));
                    }
                    return told.call(walks::flush);
                })
                .map(List::size);
    }

    /** An ended walk attached to a ticket: its path, for the ticket's timeline. */
    private Uni<Void> told(Walk walk) {
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
                .chain(person -> visible(caller, person.id(), ref, true).invoke(walk -> {
                    if (!walk.isWalkedBy(person.id())) {
                        throw new ProblemException(
                                ProblemType.FORBIDDEN, "Only whoever started a walk answers and ends it.");
                    }
                    EntityTag.requireMatch(ifMatch, walk.version());
                }));
    }

    private Uni<Walk> visible(Caller caller, UUID personId, String ref, boolean forChange) {
        return walks.byRef(ref, forChange).map(walk -> {
            if (walk == null || (!caller.isStaff() && !walk.isWalkedBy(personId))) {
                throw new NotFoundProblem("walk", ref);
            }
            return walk;
        });
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
