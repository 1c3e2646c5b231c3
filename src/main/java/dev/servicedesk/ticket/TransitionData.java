package dev.servicedesk.ticket;

import static dev.servicedesk.ticket.TicketStatus.CANCELLED;
import static dev.servicedesk.ticket.TicketStatus.ESCALATED;
import static dev.servicedesk.ticket.TicketStatus.NEW;
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

    /**
     * Holds a move to what its target takes, as the contract's variants of {@code TicketTransition}
     * say: each target's own fields are required, any other target's are refused.
     */
    static void require(TicketTransition transition) {
        TicketStatus to = transition.to();
        if (to == NEW || to == ESCALATED) {
            throw ProblemException.invalid(
                    "to",
                    to == NEW
                            ? "a ticket never moves back to NEW"
                            : "a ticket is escalated with POST /api/v1/tickets/{ticketRef}/escalations");
        }
        List<FieldError> errors = new ArrayList<>();
        check(errors, "pendingReason", transition.pendingReason(), to == PENDING, "to move to PENDING");
        check(errors, "resolutionCode", transition.resolutionCode(), to == RESOLVED, "to resolve");
        check(errors, "resolutionNotes", transition.resolutionNotes(), to == RESOLVED, "to resolve");
        check(
                errors,
                "articleId",
                transition.articleId(),
                to == RESOLVED && transition.resolutionCode() == ResolutionCode.SOLVED_BY_KB,
                "to resolve with SOLVED_BY_KB (the article that solved it)");
        check(errors, "cancelReason", transition.cancelReason(), to == CANCELLED, "to cancel");
        if (transition.resolveChildren() != null && to != RESOLVED) {
            errors.add(new FieldError("resolveChildren", "applies only when resolving"));
        }
        if (transition.childResolutionNotes() != null && !transition.resolvesChildren()) {
            errors.add(new FieldError("childResolutionNotes", "applies only with resolveChildren"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void check(List<FieldError> errors, String field, Object value, boolean belongs, String purpose) {
        if (belongs && (value == null || value instanceof String text && text.isBlank())) {
            errors.add(new FieldError(field, "is required " + purpose));
        } else if (!belongs && value != null) {
            errors.add(new FieldError(field, "is not part of a move to this status"));
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
}
