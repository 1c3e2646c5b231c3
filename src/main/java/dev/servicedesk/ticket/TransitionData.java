package dev.servicedesk.ticket;

import static dev.servicedesk.ticket.TicketStatus.CANCELLED;
import static dev.servicedesk.ticket.TicketStatus.PENDING;
import static dev.servicedesk.ticket.TicketStatus.RESOLVED;

import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.ticket.dto.TicketTransition;
import java.util.ArrayList;
import java.util.List;

/** What a move must carry: why a ticket waits, how it was resolved, why it was cancelled. */
final class TransitionData {
    private TransitionData() {}

    static void require(TicketTransition transition) {
        List<FieldError> errors = new ArrayList<>();
        if (transition.to() == PENDING && transition.pendingReason() == null) {
            errors.add(new FieldError("pendingReason", "is required to move to PENDING"));
        }
        if (transition.to() == RESOLVED) {
            if (transition.resolutionCode() == null) {
                errors.add(new FieldError("resolutionCode", "is required to resolve"));
            }
            if (isBlank(transition.resolutionNotes())) {
                errors.add(new FieldError("resolutionNotes", "are required to resolve"));
            }
        }
        if (transition.resolvesChildren() && transition.to() != RESOLVED) {
            errors.add(new FieldError("resolveChildren", "applies only when resolving"));
        }
        if (transition.childResolutionNotes() != null && !transition.resolvesChildren()) {
            errors.add(new FieldError("childResolutionNotes", "applies only with resolveChildren"));
        }
        if (transition.to() == CANCELLED && isBlank(transition.cancelReason())) {
            errors.add(new FieldError("cancelReason", "is required to cancel"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** The words the timeline keeps with the move, on the status it ends at. */
    static String reason(TicketTransition transition, TicketStatus step) {
        if (step != transition.to()) {
            return null;
        }
        return switch (transition.to()) {
            case PENDING -> transition.pendingReason().name();
            case RESOLVED -> transition.resolutionNotes();
            case CANCELLED -> transition.cancelReason();
            default -> null;
        };
    }

    /** A resolved parent's move for its children: their requesters read the notes meant for them. */
    static TicketTransition forChildren(TicketTransition parentMove) {
        return parentMove.forChild("Resolved together with the wider incident your ticket was part of.");
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
