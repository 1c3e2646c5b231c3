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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The moves a ticket may make between statuses, and who may make them: the desk makes the moves of
 * its work, the requester confirms a resolution (or it closes by itself), reopens it or withdraws
 * the ticket. Into and out of ESCALATED it moves only with an escalation (made, then acknowledged
 * or declined). A NEW ticket the desk takes straight to IN_PROGRESS opens on the way.
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

    /** The moves from {@code from} that those who work the ticket ({@code desk}) or its requester may make. */
    public static Set<TicketStatus> movesFor(TicketStatus from, boolean desk, boolean requester) {
        Set<TicketStatus> moves = EnumSet.noneOf(TicketStatus.class);
        for (TicketStatus to : MOVES.get(from)) {
            if ((desk && deskMay(from, to)) || (requester && requesterMay(from, to))) {
                moves.add(to);
            }
        }
        return moves;
    }

    public static boolean allows(TicketStatus from, TicketStatus to) {
        return MOVES.get(from).contains(to);
    }

    /** The statuses a move passes through, each recorded: NEW to IN_PROGRESS goes by OPEN. */
    public static List<TicketStatus> path(TicketStatus from, TicketStatus to) {
        return from == NEW && to == IN_PROGRESS ? List.of(OPEN, IN_PROGRESS) : List.of(to);
    }

    public static boolean mayEscalateFrom(TicketStatus status) {
        return ESCALATABLE.contains(status);
    }

    /** A requester confirms a resolution, reopens it, or withdraws a ticket nobody works on yet. */
    public static boolean requesterMay(TicketStatus from, TicketStatus to) {
        return (from == RESOLVED && (to == CLOSED || to == IN_PROGRESS)) || to == CANCELLED;
    }

    /** The desk makes every allowed move but closing a resolution, which is the requester's to confirm. */
    public static boolean deskMay(TicketStatus from, TicketStatus to) {
        return !(from == RESOLVED && to == CLOSED);
    }

    /** Closed or cancelled: the record stands as it ended, nothing about it changes any more. */
    public static boolean isFinal(TicketStatus status) {
        return status == CLOSED || status == CANCELLED;
    }

    public static boolean isReopening(TicketStatus from, TicketStatus to) {
        return from == RESOLVED && to == IN_PROGRESS;
    }
}
