package dev.servicedesk.ticket;

import dev.servicedesk.queue.QueueWorkers;
import dev.servicedesk.ticket.dto.TicketActions;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What someone may do with a ticket, given whether they work it and whether they requested it:
 * the same rules the service applies to each request, gathered so that a ticket can tell a UI
 * which buttons to show.
 */
final class TicketActionRules {
    /** Every field a merge patch may change, in the order the ticket shows them. */
    static final List<String> PATCHABLE = Arrays.stream(TicketDetails.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();
    /** What a requester may change, and while the ticket is still this new. */
    static final Set<String> REQUESTER_FIELDS = Set.of("description", "contact");

    static final Set<TicketStatus> REQUESTER_EDITABLE = EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN);

    private static final Set<TicketStatus> FINISHED =
            EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CLOSED, TicketStatus.CANCELLED);

    private TicketActionRules() {}

    /**
     * The actions open to someone who {@code works} the ticket or is its {@code requester} (or
     * neither); {@code reopenable} says whether a resolution is still young enough to reopen, and
     * {@code handBackQueue} is who works the queue a hand-back would return it to (null for none).
     */
    static TicketActions of(
            TicketDocument ticket, boolean works, boolean requester, boolean reopenable, QueueWorkers handBackQueue) {
        TicketStatus status = ticket.status();
        boolean ended = TicketLifecycle.isFinal(status);
        boolean movable = !FINISHED.contains(status) && status != TicketStatus.ESCALATED;
        return new TicketActions(
                transitions(status, works, requester, reopenable),
                editableFields(status, works, requester),
                !ended && (works || requester),
                works,
                works && movable,
                works && movable && mayReturnTo(handBackQueue, ticket),
                works && TicketLifecycle.mayEscalateFrom(status) && ticket.queueId() != null,
                works);
    }

    /** A hand-back returns the ticket to an active queue of a lower tier than it is in now. */
    private static boolean mayReturnTo(QueueWorkers queue, TicketDocument ticket) {
        Integer tier = ticket.tier();
        return queue != null && queue.active() && tier != null && queue.tier() < tier;
    }

    /** The statuses someone may move the ticket to now, in the lifecycle's order. */
    static List<TicketStatus> transitions(TicketStatus status, boolean works, boolean requester, boolean reopenable) {
        return TicketLifecycle.movesFor(status, works, requester).stream()
                .filter(to -> reopenable || !TicketLifecycle.isReopening(status, to))
                .sorted()
                .toList();
    }

    /** Whether a resolution is still young enough to reopen ({@code window} after it, at most). */
    static boolean reopenable(Instant resolvedAt, Duration window, Instant now) {
        return resolvedAt != null && !now.isAfter(resolvedAt.plus(window));
    }

    private static List<String> editableFields(TicketStatus status, boolean works, boolean requester) {
        if (TicketLifecycle.isFinal(status)) {
            return List.of();
        }
        if (works) {
            return PATCHABLE;
        }
        return requester && REQUESTER_EDITABLE.contains(status)
                ? PATCHABLE.stream().filter(REQUESTER_FIELDS::contains).toList()
                : List.of();
    }
}
