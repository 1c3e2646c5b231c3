package dev.servicedesk.sla;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.ticket.PendingReason;
import dev.servicedesk.ticket.TicketStatus;
import jakarta.validation.constraints.NotNull;

/** A status (and, for PENDING, optionally one reason) in which a policy's clocks stop. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SlaPause(@NotNull TicketStatus status, PendingReason pendingReason) {
    static final SlaPause AWAITING_REQUESTER = new SlaPause(TicketStatus.PENDING, PendingReason.AWAITING_REQUESTER);
}
