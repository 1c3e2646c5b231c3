package dev.servicedesk.ticket.dto;

import dev.servicedesk.ticket.PendingReason;
import dev.servicedesk.ticket.ResolutionCode;
import dev.servicedesk.ticket.TicketStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record TicketTransition(
        @NotNull TicketStatus to,
        PendingReason pendingReason,
        ResolutionCode resolutionCode,
        @Size(max = 20000) String resolutionNotes,
        @Size(max = 2000) String cancelReason,
        Boolean resolveChildren) {

    public boolean resolvesChildren() {
        return Boolean.TRUE.equals(resolveChildren);
    }
}
