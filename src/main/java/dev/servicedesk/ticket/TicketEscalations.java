package dev.servicedesk.ticket;

import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The ticket's side of an escalation, inside the escalation's transaction: its status, queue and
 * agent, the timeline (internal with the reason and changes, public with the requester's message)
 * and its SLA clocks.
 */
@ApplicationScoped
public class TicketEscalations {
    private final TicketService tickets;
    private final TicketRepository repository;
    private final TimelineRepository timeline;
    private final TicketHistory history;
    private final SlaClockKeeper clocks;
    private final Reclassification reclassification;
    private final EscalationsOnTicket escalations;

    TicketEscalations(
            TicketService tickets,
            TicketRepository repository,
            TimelineRepository timeline,
            TicketHistory history,
            SlaClockKeeper clocks,
            Reclassification reclassification,
            EscalationsOnTicket escalations) {
        this.tickets = tickets;
        this.repository = repository;
        this.timeline = timeline;
        this.history = history;
        this.clocks = clocks;
        this.reclassification = reclassification;
        this.escalations = escalations;
    }

    /**
     * The caller's ticket, locked, at the version they saw: worked by them, open, in a queue, not
     * waiting on an escalation already.
     */
    public Uni<Ticket> escalatable(Caller caller, String ref, String ifMatch) {
        return tickets.forChange(caller, ref).map(action -> {
            Ticket ticket = action.ticket();
            if (!action.works()) {
                throw new ProblemException(
                        ProblemType.FORBIDDEN, "Only those who work the ticket's queue escalate it.");
            }
            TicketTags.requireMatch(ifMatch, ticket, caller);
            if (ticket.status() == TicketStatus.ESCALATED) {
                throw new ProblemException(ProblemType.CONFLICT, "The ticket already waits on an escalation.");
            }
            if (!TicketLifecycle.mayEscalateFrom(ticket.status())) {
                throw new ProblemException(
                        ProblemType.CONFLICT, "The ticket is " + ticket.status() + " and is not escalated any more.");
            }
            if (ticket.queueId() == null) {
                throw new ProblemException(
                        ProblemType.CONFLICT, "The ticket is in no queue yet; assign it before escalating it.");
            }
            return ticket;
        });
    }

    public Uni<Ticket> ticket(UUID id) {
        return repository.findById(id);
    }

    /** The ticket, row-locked for the caller's transaction, as it stands once the lock is had. */
    public Uni<Ticket> locked(UUID id) {
        return repository.lock(List.of(id)).map(found -> found.isEmpty() ? null : found.get(0));
    }

    /**
     * Sends it up: ESCALATED, and into {@code toQueue} with no agent when that is another queue
     * (the escalations accepted in the queue it leaves are done); {@code actorId} is null when the
     * service escalates (an SLA escalation level).
     */
    public Uni<Void> escalate(
            Ticket ticket,
            UUID escalationId,
            UUID actorId,
            UUID toQueue,
            int toTier,
            String reason,
            String publicMessage,
            Instant at) {
        TicketStatus from = ticket.status();
        UUID left = ticket.queueId();
        List<FieldChange> status = ticket.escalate(at);
        List<FieldChange> changes = new ArrayList<>(status);
        boolean moves = !toQueue.equals(left);
        if (moves) {
            changes.addAll(ticket.assign(toQueue, toTier, null, at));
        }
        return record(
                        ticket,
                        TimelineEntryKind.ESCALATED,
                        escalationId,
                        actorId,
                        reason,
                        changes,
                        publicMessage,
                        status,
                        at)
                .call(() -> clocks.moved(ticket, from, true, at))
                .call(() -> moves
                        ? reclassification
                                .retarget(ticket, at)
                                .chain(() -> escalations.leftQueue(ticket, left, actorId, "escalated further", at))
                        : Uni.createFrom().voidItem())
                .call(repository::flush)
                .replaceWithVoid();
    }

    /** Accepted: IN_PROGRESS again, with {@code newAssignee} when given. */
    public Uni<Void> accept(
            Ticket ticket, UUID escalationId, UUID actorId, UUID newAssignee, String publicMessage, Instant at) {
        List<FieldChange> status = ticket.resumeFromEscalation(at);
        List<FieldChange> changes = new ArrayList<>(status);
        if (newAssignee != null) {
            changes.addAll(ticket.assign(ticket.queueId(), ticket.placement().tier(), newAssignee, at));
        }
        return record(
                        ticket,
                        TimelineEntryKind.ESCALATION_ACKNOWLEDGED,
                        escalationId,
                        actorId,
                        null,
                        changes,
                        publicMessage,
                        status,
                        at)
                .call(() -> clocks.moved(ticket, TicketStatus.ESCALATED, true, at))
                .call(repository::flush)
                .replaceWithVoid();
    }

    /** Declined: IN_PROGRESS again, back in {@code queue} with {@code agent} (or nobody). */
    public Uni<Void> sendBack(
            Ticket ticket,
            UUID escalationId,
            UUID actorId,
            UUID queue,
            int tier,
            UUID agent,
            String reason,
            Instant at) {
        List<FieldChange> changes = new ArrayList<>(ticket.resumeFromEscalation(at));
        boolean moves = !queue.equals(ticket.queueId());
        changes.addAll(ticket.assign(queue, tier, agent, at));
        return record(
                        ticket,
                        TimelineEntryKind.ESCALATION_DECLINED,
                        escalationId,
                        actorId,
                        reason,
                        changes,
                        null,
                        List.of(),
                        at)
                .call(() -> clocks.moved(ticket, TicketStatus.ESCALATED, true, at))
                .call(() -> moves
                        ? reclassification.retarget(ticket, at)
                        : Uni.createFrom().voidItem())
                .call(repository::flush)
                .replaceWithVoid();
    }

    /**
     * One priority step up (none above CRITICAL), by the service: the requester sees the new
     * priority, not why (the caller notes that internally). Answers the priority it now has.
     */
    public Uni<Priority> raisePriority(Ticket ticket, Instant at) {
        List<FieldChange> changes = ticket.raisePriority(at);
        if (changes.isEmpty()) {
            return Uni.createFrom().item(ticket.priority());
        }
        return history.append(ticket, TimelineEntry.updated(ticket.id(), null, changes, at))
                .call(() -> reclassification.retarget(ticket, at))
                .call(repository::flush)
                .replaceWith(ticket.priority());
    }

    /** What the service did when an SLA escalation level was reached, noted internally. */
    public Uni<Void> noteSlaEscalation(UUID ticketId, String what, Instant at) {
        return timeline.append(TimelineEntry.slaEscalation(ticketId, what, at));
    }

    /** What became of an escalation while the ticket waits on it, noted internally. */
    public Uni<Void> noteEscalated(UUID ticketId, UUID escalationId, String note, Instant at) {
        return timeline.append(TimelineEntry.escalation(
                ticketId, TimelineEntryKind.ESCALATED, Visibility.INTERNAL, escalationId, null, note, List.of(), at));
    }

    /** The service opened a follow-up escalation (to the supervisor above an unanswered one): noted internally and told. */
    public Uni<Void> escalatedFurther(UUID ticketId, UUID escalationId, String reason, Instant at) {
        return repository
                .findById(ticketId)
                .chain(ticket -> history.append(
                        ticket,
                        TimelineEntry.escalation(
                                ticketId,
                                TimelineEntryKind.ESCALATED,
                                Visibility.INTERNAL,
                                escalationId,
                                null,
                                reason,
                                List.of(),
                                at)));
    }

    /** The escalation has done its work: noted internally. */
    public Uni<Void> closed(UUID ticketId, UUID escalationId, UUID actorId, String note, Instant at) {
        return timeline.append(TimelineEntry.escalation(
                ticketId,
                TimelineEntryKind.ESCALATION_CLOSED,
                Visibility.INTERNAL,
                escalationId,
                actorId,
                note,
                List.of(),
                at));
    }

    /** The internal entry, and the public one with the requester's message when there is one. */
    private Uni<Void> record(
            Ticket ticket,
            TimelineEntryKind kind,
            UUID escalationId,
            UUID actorId,
            String reason,
            List<FieldChange> changes,
            String publicMessage,
            List<FieldChange> publicChanges,
            Instant at) {
        TimelineEntry internal = TimelineEntry.escalation(
                ticket.id(), kind, Visibility.INTERNAL, escalationId, actorId, reason, changes, at);
        if (publicMessage == null) {
            return history.append(ticket, internal);
        }
        TimelineEntry told = TimelineEntry.escalation(
                ticket.id(), kind, Visibility.PUBLIC, escalationId, actorId, publicMessage, publicChanges, at);
        return history.append(ticket, internal, told);
    }
}
