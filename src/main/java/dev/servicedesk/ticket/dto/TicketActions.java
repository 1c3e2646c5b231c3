package dev.servicedesk.ticket.dto;

import dev.servicedesk.ticket.TicketStatus;
import java.util.List;

/** What the caller may do with a ticket now (the contract's {@code TicketActions}). */
public record TicketActions(
        List<TicketStatus> transitions,
        List<String> editableFields,
        boolean reply,
        boolean addInternalNote,
        boolean assign,
        boolean handBack,
        boolean escalate,
        boolean link) {}
