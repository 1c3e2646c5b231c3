package dev.servicedesk.ticket;

import static dev.servicedesk.ticket.TicketStatus.CANCELLED;
import static dev.servicedesk.ticket.TicketStatus.CLOSED;
import static dev.servicedesk.ticket.TicketStatus.ESCALATED;
import static dev.servicedesk.ticket.TicketStatus.IN_PROGRESS;
import static dev.servicedesk.ticket.TicketStatus.NEW;
import static dev.servicedesk.ticket.TicketStatus.OPEN;
import static dev.servicedesk.ticket.TicketStatus.PENDING;
import static dev.servicedesk.ticket.TicketStatus.RESOLVED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The moves a ticket may make between statuses, and which of them a requester may make. Into and
 * out of ESCALATED it moves only with an escalation (made, then acknowledged or declined).
 */
public final class TicketLifecycle {
    private static final Set<TicketStatus> ESCALATABLE = EnumSet.of(NEW, OPEN, IN_PROGRESS, PENDING);
    private static final Map<TicketStatus, Set<TicketStatus>> MOVES = Map.of(
            NEW, EnumSet.of(OPEN, IN_PROGRESS, RESOLVED, CANCELLED),
            OPEN, EnumSet.of(IN_PROGRESS, RESOLVED, CANCELLED),
            IN_PROGRESS, EnumSet.of(PENDING, RESOLVED),
            PENDING, EnumSet.of(IN_PROGRESS, RESOLVED),
            ESCALATED, EnumSet.noneOf(TicketStatus.class),
            RESOLVED, EnumSet.of(CLOSED, IN_PROGRESS),
            CLOSED, EnumSet.noneOf(TicketStatus.class),
            CANCELLED, EnumSet.noneOf(TicketStatus.class));

    private TicketLifecycle() {}

    public static Set<TicketStatus> movesFrom(TicketStatus status) {
        return MOVES.get(status);
    }

    public static boolean allows(TicketStatus from, TicketStatus to) {
        return MOVES.get(from).contains(to);
    }

    public static boolean mayEscalateFrom(TicketStatus status) {
        return ESCALATABLE.contains(status);
    }

    /** A requester confirms a resolution, reopens it, or withdraws a ticket nobody works on yet. */
    public static boolean requesterMay(TicketStatus from, TicketStatus to) {
        return (from == RESOLVED && (to == CLOSED || to == IN_PROGRESS)) || to == CANCELLED;
    }

    public static boolean isReopening(TicketStatus from, TicketStatus to) {
        return from == RESOLVED && to == IN_PROGRESS;
    }
}
