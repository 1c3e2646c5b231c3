package dev.servicedesk.escalation.dto;

import dev.servicedesk.ticket.Priority;
import dev.servicedesk.ticket.TicketStatus;
import java.time.Instant;

/** An escalation on a work list, with how long it has waited and where its ticket's SLA stands. */
public record EscalationWorkItem(EscalationView escalation, TicketState ticket, long minutesSinceEscalated) {

    public record TicketState(
            String key,
            String subject,
            TicketStatus status,
            Priority priority,
            Instant slaDueAt,
            boolean slaBreached) {}
}
