package dev.servicedesk.ticket.dto;

import dev.servicedesk.ticket.PendingReason;
import dev.servicedesk.ticket.ResolutionCode;
import dev.servicedesk.ticket.TicketStatus;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.hibernate.validator.constraints.CodePointLength;

public record TicketTransition(
        @NotNull TicketStatus to,
        PendingReason pendingReason,
        ResolutionCode resolutionCode,
        @CodePointLength(max = 20000) String resolutionNotes,
        UUID articleId,
        @CodePointLength(max = 2000) String cancelReason,
        Boolean resolveChildren,
        @CodePointLength(max = 20000) String childResolutionNotes) {

    public boolean resolvesChildren() {
        return Boolean.TRUE.equals(resolveChildren);
    }

    /** The same move, stopping at {@code status} on its way (a NEW ticket taken opens first). */
    public TicketTransition toward(TicketStatus status) {
        return new TicketTransition(
                status,
                pendingReason,
                resolutionCode,
                resolutionNotes,
                articleId,
                cancelReason,
                resolveChildren,
                childResolutionNotes);
    }

    /** What each child of a resolved parent is resolved with: the code, and the notes for its requester. */
    public TicketTransition forChild(String standardNotes) {
        return new TicketTransition(
                to,
                null,
                resolutionCode,
                childResolutionNotes != null && !childResolutionNotes.isBlank() ? childResolutionNotes : standardNotes,
                articleId,
                null,
                false,
                null);
    }
}
