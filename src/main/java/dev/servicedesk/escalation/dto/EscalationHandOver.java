package dev.servicedesk.escalation.dto;

import dev.servicedesk.ticket.dto.Ticket;
import dev.servicedesk.ticket.dto.TimelineEntry;
import java.util.List;

public record EscalationHandOver(
        Escalation escalation, Ticket ticket, List<TimelineEntry> timeline, long earlierEntries) {}
