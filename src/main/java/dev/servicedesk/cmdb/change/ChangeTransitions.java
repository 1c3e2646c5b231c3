package dev.servicedesk.cmdb.change;

import dev.servicedesk.cmdb.CiDirectory;
import dev.servicedesk.cmdb.CiFacts;
import dev.servicedesk.cmdb.change.ChangeDocuments.Assessment;
import dev.servicedesk.cmdb.change.ChangeDocuments.Conflict;
import dev.servicedesk.cmdb.change.ChangeDocuments.Decision;
import dev.servicedesk.cmdb.change.ChangeDocuments.Impact;
import dev.servicedesk.cmdb.change.ChangeDocuments.ImpactedItem;
import dev.servicedesk.cmdb.change.ChangeDocuments.Verification;
import dev.servicedesk.cmdb.change.dto.ChangeTransition;
import dev.servicedesk.cmdb.impact.ImpactAnalysis;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.Person;
import dev.servicedesk.identity.PersonService;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Moves change requests along their lifecycle, each move taking what it needs and nothing else. */
@ApplicationScoped
public class ChangeTransitions {
    /** How deep an assessment looks for what the change's items hit. */
    static final int IMPACT_DEPTH = 3;

    static final int IMPACT_ITEMS_KEPT = 200;

    private final ChangeRepository changes;
    private final ChangeOperations operations;
    private final ConflictFinder conflicts;
    private final ImpactAnalysis impact;
    private final CiDirectory directory;
    private final PersonService people;
    private final ChangeEvents events;
    private final Clock clock;

    ChangeTransitions(
            ChangeRepository changes,
            ChangeOperations operations,
            ConflictFinder conflicts,
            ImpactAnalysis impact,
            CiDirectory directory,
            PersonService people,
            ChangeEvents events,
            Clock clock) {
        this.changes = changes;
        this.operations = operations;
        this.conflicts = conflicts;
        this.impact = impact;
        this.directory = directory;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ChangeRequest> move(Caller caller, UUID id, String ifMatch, ChangeTransition request) {
        ChangeMoveFields.check(request);
        return people.sync(caller)
                .chain(actor -> changes.findById(id, LockModeType.PESSIMISTIC_WRITE)
                        .chain(change -> {
                            if (change == null) {
                                throw new NotFoundProblem("change request", id);
                            }
                            EntityTag.requireVersion(ifMatch, change.version());
                            ChangeStatus to = request.to();
                            List<ChangeStatus> moves = ChangeRules.movesFrom(change.status());
                            if (!moves.contains(to)) {
                                throw ProblemException.illegalTransition(
                                        "A " + change.status() + " change cannot move to " + to + ".",
                                        moves.stream().map(Enum::name).toList());
                            }
                            Instant now = clock.instant();
                            Uni<Void> moved = switch (to) {
                                case ASSESSED -> assess(change, request, actor, now);
                                case APPROVED, REJECTED -> decide(change, request, caller, actor, now);
                                case SCHEDULED -> schedule(change, request, now);
                                case IMPLEMENTED -> implement(change, actor, now);
                                case VERIFIED, FAILED -> verify(change, request, actor, now);
                                case CLOSED -> Uni.createFrom().voidItem().invoke(() -> change.close(now));
                                case CANCELLED ->
                                    Uni.createFrom().voidItem().invoke(() -> change.cancel(request.reason(), now));
                                case SUBMITTED -> throw new IllegalStateException("never a move's target");
                            };
                            return moved.call(() -> events.moved(change, actor.id(), now))
                                    .call(changes::flush)
                                    .replaceWith(change);
                        }));
    }

    /** The impact of the change's items failing together, its risk, its conflicts; a STANDARD one without conflicts approved. */
    private Uni<Void> assess(ChangeRequest change, ChangeTransition request, Person actor, Instant now) {
        return impact.spread(new HashSet<>(change.ciIds()), IMPACT_DEPTH).chain(spread -> {
            List<ImpactedItem> hit = spread.items().stream()
                    .map(item -> new ImpactedItem(
                            item.ci().id(),
                            item.ci().name(),
                            item.ci().type(),
                            item.ci().criticality(),
                            item.state(),
                            item.distance()))
                    .toList();
            return directory.existing(change.ciIds()).chain(changed -> {
                ChangeRisk computed = ChangeRules.risk(
                        changed.stream().map(CiFacts::criticality).toList(), hit);
                if (request.risk() != null && request.risk().compareTo(computed) < 0) {
                    throw ProblemException.invalid(
                            "risk", "may raise the computed risk " + computed + ", not lower it");
                }
                ChangeRisk risk = request.risk() != null ? request.risk() : computed;
                Impact found = new Impact(
                        IMPACT_DEPTH,
                        hit.size(),
                        spread.people().size(),
                        hit.stream().limit(IMPACT_ITEMS_KEPT).toList());
                return related(change, ids(hit))
                        .chain(related -> conflicts.find(change, related, change.windowStart(), change.windowEnd()))
                        .invoke(clashes -> {
                            change.assess(
                                    new Assessment(actor.id(), now, computed, request.notes(), found), risk, clashes);
                            if (change.type() == ChangeType.STANDARD && risk == ChangeRisk.LOW && clashes.isEmpty()) {
                                change.decide(new Decision(true, null, now, null, null), clashes);
                            }
                        })
                        .replaceWithVoid();
            });
        });
    }

    /** Approval or rejection, by an approver the risk allows and never the requester; conflicts block approval unless overridden. */
    private Uni<Void> decide(ChangeRequest change, ChangeTransition request, Caller caller, Person actor, Instant now) {
        if (change.requesterId().equals(actor.id())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "The requester of a change does not decide on it.");
        }
        if (!ChangeRules.mayDecide(change.type(), change.risk(), caller.roles())) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "A " + change.risk() + " risk " + change.type() + " change is decided by "
                            + (change.risk() == ChangeRisk.HIGH
                                    ? "an admin."
                                    : change.risk() == ChangeRisk.MEDIUM || change.type() == ChangeType.EMERGENCY
                                            ? "a supervisor or an admin."
                                            : "an agent, a supervisor or an admin."));
        }
        boolean approved = request.to() == ChangeStatus.APPROVED;
        return currentConflicts(change, change.windowStart(), change.windowEnd())
                .invoke(clashes -> {
                    if (approved) {
                        requireOverride(clashes, request.overrideReason(), "approve");
                    }
                    change.decide(
                            new Decision(
                                    approved,
                                    actor.id(),
                                    now,
                                    request.notes(),
                                    approved ? request.overrideReason() : null),
                            clashes);
                })
                .replaceWithVoid();
    }

    private Uni<Void> schedule(ChangeRequest change, ChangeTransition request, Instant now) {
        Instant start = request.start() != null ? request.start() : change.plannedStart();
        Instant end = request.end() != null ? request.end() : change.plannedEnd();
        ChangeService.checkWindow("start", start, "end", end);
        return currentConflicts(change, start, end)
                .invoke(clashes -> {
                    requireOverride(clashes, request.overrideReason(), "schedule");
                    change.schedule(start, end, clashes, clashes.isEmpty() ? null : request.overrideReason(), now);
                })
                .replaceWithVoid();
    }

    /** Every operation applied at once, as the actor, not before the window starts. */
    private Uni<Void> implement(ChangeRequest change, Person actor, Instant now) {
        if (now.isBefore(change.scheduledStart())) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Its window starts at " + change.scheduledStart() + "; it is not implemented before.");
        }
        if (!now.isBefore(change.scheduledEnd())) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Its window ended at " + change.scheduledEnd() + "; schedule it again to implement it.");
        }
        return operations
                .apply(change.operations(), actor.id(), change.id())
                .invoke(undo -> change.implemented(actor.id(), undo, now))
                .replaceWithVoid();
    }

    /** VERIFIED stands; FAILED applies the inverse of what was applied, at once. */
    private Uni<Void> verify(ChangeRequest change, ChangeTransition request, Person actor, Instant now) {
        Verification outcome = new Verification(request.to(), actor.id(), now, request.notes());
        if (request.to() == ChangeStatus.VERIFIED) {
            return Uni.createFrom().voidItem().invoke(() -> change.verified(outcome));
        }
        return operations
                .apply(ChangeOperations.undoOrder(change.inverse()), actor.id(), change.id())
                .invoke(undone -> change.verified(outcome))
                .replaceWithVoid();
    }

    /** The conflicts of the change in a window, with what its items hit and need now. */
    private Uni<List<Conflict>> currentConflicts(ChangeRequest change, Instant start, Instant end) {
        return impact.spread(new HashSet<>(change.ciIds()), IMPACT_DEPTH)
                .map(spread ->
                        spread.items().stream().map(item -> item.ci().id()).toList())
                .chain(hit -> related(change, hit))
                .chain(related -> conflicts.find(change, related, start, end));
    }

    /** What another change must not touch in an overlapping window: what the change's items hit, and what they need. */
    private Uni<Set<UUID>> related(ChangeRequest change, List<UUID> hit) {
        return impact.needed(new HashSet<>(change.ciIds()), IMPACT_DEPTH).map(needed -> {
            Set<UUID> related = new HashSet<>(hit);
            related.addAll(needed);
            return related;
        });
    }

    private static void requireOverride(List<Conflict> clashes, String overrideReason, String move) {
        if (!clashes.isEmpty() && overrideReason == null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "It conflicts with "
                            + clashes.stream()
                                    .map(clash -> clash.kind() == Conflict.Kind.BLACKOUT
                                            ? "the blackout window \"" + clash.name() + "\""
                                            : clash.name())
                                    .collect(Collectors.joining(", "))
                            + "; " + move + " it with an overrideReason to go ahead.");
        }
    }

    private static List<UUID> ids(List<ImpactedItem> hit) {
        return hit.stream().map(ImpactedItem::ciId).toList();
    }
}
