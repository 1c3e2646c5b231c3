package dev.servicedesk.escalation.dto;

import dev.servicedesk.ticket.dto.TicketView;
import dev.servicedesk.ticket.dto.TimelineEntryView;
import java.util.List;

public record EscalationHandOver(
        EscalationView escalation, TicketView ticket, List<TimelineEntryView> timeline, long earlierEntries) {}
