package dev.servicedesk.ticket;

import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.ticket.TicketService.TicketAction;
import dev.servicedesk.ticket.dto.TicketTransition;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Tickets moving through their lifecycle: by the desk, by their requester, and closing by themselves. */
@ApplicationScoped
public class TicketTransitions {
    private final TicketService tickets;
    private final TicketRepository repository;
    private final TicketHistory history;
    private final SlaClockKeeper clocks;
    private final EscalationsOnTicket escalations;
    private final KnowledgeArticles knowledge;
    private final TicketSettings settings;
    private final TicketWorkers workers;
    private final Clock clock;

    TicketTransitions(
            TicketService tickets,
            TicketRepository repository,
            TicketHistory history,
            SlaClockKeeper clocks,
            EscalationsOnTicket escalations,
            KnowledgeArticles knowledge,
            TicketSettings settings,
            TicketWorkers workers,
            Clock clock) {
        this.tickets = tickets;
        this.repository = repository;
        this.history = history;
        this.clocks = clocks;
        this.escalations = escalations;
        this.knowledge = knowledge;
        this.settings = settings;
        this.workers = workers;
        this.clock = clock;
    }

    /**
     * Moves a ticket through its lifecycle under If-Match: those who work it make the desk's moves,
     * its requester confirms, reopens (within the window) or cancels. Each status passed through is
     * logged in the timeline.
     */
    @WithTransaction
    public Uni<Ticket> transition(Caller caller, String ref, String ifMatch, TicketTransition transition) {
        TransitionData.require(transition);
        return tickets.forChange(caller, ref).chain(action -> {
            Ticket ticket = action.ticket();
            UUID actorId = action.actor().id();
            TicketTags.requireMatch(ifMatch, ticket, caller);
            Instant now = clock.instant();
            checkMove(action, transition, now);
            Uni<Void> article = transition.articleId() == null
                    ? Uni.createFrom().voidItem()
                    : knowledge.requirePublished(transition.articleId());
            return article.chain(() -> moved(caller, action, transition, now));
        });
    }

    /**
     * Resolves an incident as the announcement about it ended (FIXED, with {@code notes} for its
     * requester), if the caller works it and it may be resolved now; answers whether it was.
     */
    public Uni<Boolean> resolveAsAnnounced(Caller caller, UUID ticketId, String notes, Instant now) {
        return repository.lock(List.of(ticketId)).chain(found -> {
            if (found.isEmpty()
                    || found.get(0).type() != TicketType.INCIDENT
                    || !TicketLifecycle.allows(found.get(0).status(), TicketStatus.RESOLVED)) {
                return Uni.createFrom().item(false);
            }
            TicketTransition resolve = new TicketTransition(
                    TicketStatus.RESOLVED, null, ResolutionCode.FIXED, notes, null, null, null, null);
            return tickets.standingOf(caller, found.get(0))
                    .chain(action -> action.works()
                            ? moved(caller, action, resolve, now).replaceWith(true)
                            : Uni.createFrom().item(false));
        });
    }

    /** The move made, once every check has passed: each status on the way logged, the clocks and escalations told. */
    private Uni<Ticket> moved(Caller caller, TicketAction action, TicketTransition transition, Instant now) {
        Ticket ticket = action.ticket();
        UUID actorId = action.actor().id();
        {
            TicketStatus from = ticket.status();
            List<TicketHistory.Told> steps = TicketLifecycle.path(from, transition.to()).stream()
                    .map(step -> TicketHistory.told(
                            ticket,
                            TimelineEntry.statusChanged(
                                    ticket.id(),
                                    actorId,
                                    TransitionData.reason(transition, step),
                                    ticket.moveTo(transition.toward(step), now),
                                    now)))
                    .toList();
            return history.appendTold(steps)
                    .call(() -> clocks.moved(ticket, from, action.works(), now))
                    .call(() -> finished(ticket, actorId, now))
                    .call(() -> transition.resolvesChildren()
                            ? resolveChildren(caller, action, transition, now)
                            : Uni.createFrom().voidItem())
                    .chain(repository::flush)
                    .replaceWith(ticket);
        }
    }

    /**
     * Resolves each child of a resolved parent that can still be resolved and that the caller works
     * too (a child in a queue they do not work stays as it is). The child's requester is told what
     * the desk wrote for them; the parent, perhaps someone else's, is named internally.
     */
    private Uni<Void> resolveChildren(Caller caller, TicketAction parent, TicketTransition transition, Instant now) {
        TicketTransition childMove = TransitionData.forChildren(transition);
        UUID actorId = parent.actor().id();
        return repository.lockChildrenOf(parent.ticket().id()).chain(children -> {
            Uni<Void> done = Uni.createFrom().voidItem();
            for (Ticket child : children) {
                // One after another: a reactive session runs one operation at a time.
                done = done.chain(() -> workers.works(caller, parent.actor(), child.queueId()))
                        .chain(works -> works && TicketLifecycle.allows(child.status(), TicketStatus.RESOLVED)
                                ? resolveChild(child, parent.ticket(), transition, childMove, actorId, now)
                                : Uni.createFrom().voidItem());
            }
            return done;
        });
    }

    private Uni<Void> resolveChild(
            Ticket child,
            Ticket parent,
            TicketTransition parentMove,
            TicketTransition childMove,
            UUID actorId,
            Instant now) {
        TicketStatus from = child.status();
        List<TimelineEntry> entries = List.of(
                TimelineEntry.statusChanged(
                        child.id(), actorId, childMove.resolutionNotes(), child.moveTo(childMove, now), now),
                TimelineEntry.resolvedWithParent(child.id(), actorId, parent, parentMove, now));
        return history.append(child, entries)
                .chain(() -> clocks.moved(child, from, true, now))
                .chain(() -> finished(child, actorId, now));
    }

    private Uni<Void> finished(Ticket ticket, UUID actorId, Instant at) {
        return ticket.status() == TicketStatus.RESOLVED || ticket.status() == TicketStatus.CANCELLED
                ? escalations.workDone(ticket, actorId, ticket.status().name().toLowerCase(Locale.ROOT), at)
                : Uni.createFrom().voidItem();
    }

    /**
     * A move the lifecycle does not allow is a 409 naming the moves this caller may make; one it
     * allows but not to this caller, a 403.
     */
    private void checkMove(TicketAction action, TicketTransition transition, Instant now) {
        Ticket ticket = action.ticket();
        TicketStatus from = ticket.status();
        TicketStatus to = transition.to();
        boolean requester = ticket.isRequestedBy(action.actor().id());
        boolean reopenable = TicketActionRules.reopenable(
                ticket.resolution() == null ? null : ticket.resolution().resolvedAt(),
                settings.closeResolvedAfter(),
                now);
        if (!TicketLifecycle.allows(from, to)) {
            throw ProblemException.illegalTransition(
                    from == TicketStatus.ESCALATED
                            ? "The ticket waits on an escalation; it moves when the escalation is acknowledged or"
                                    + " declined."
                            : "The ticket is " + from + " and cannot move to " + to + ".",
                    TicketActionRules.transitions(from, action.works(), requester, reopenable).stream()
                            .map(Enum::name)
                            .sorted()
                            .toList());
        }
        if (!TicketLifecycle.movesFor(from, action.works(), requester).contains(to)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    action.works()
                            ? "The requester confirms a resolution; unconfirmed, it closes by itself "
                                    + settings.closeResolvedAfter().toDays() + " days after."
                            : "Requesters confirm, reopen or cancel their own tickets; the desk makes the other"
                                    + " moves.");
        }
        if (TicketLifecycle.isReopening(from, to) && !reopenable) {
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
        Instant now = clock.instant();
        TicketTransition close = new TicketTransition(TicketStatus.CLOSED, null, null, null, null, null, null, null);
        String note = "Closed automatically: no reply within "
                + settings.closeResolvedAfter().toDays() + " days of the resolution.";
        return repository
                .claimResolvedBefore(now.minus(settings.closeResolvedAfter()), batch)
                .call(expired -> {
                    if (expired.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    return history.appendTold(expired.stream()
                                    .map(ticket -> TicketHistory.told(
                                            ticket,
                                            TimelineEntry.statusChanged(
                                                    ticket.id(), null, note, ticket.moveTo(close, now), now)))
                                    .toList())
                            .chain(repository::flush);
                })
                .map(List::size);
    }
}
