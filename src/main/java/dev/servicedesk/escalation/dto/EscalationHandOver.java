package dev.servicedesk.escalation.dto;

import dev.servicedesk.common.RawJson;
import dev.servicedesk.ticket.dto.TimelineEntryView;
import java.util.List;

public record EscalationHandOver(
        EscalationView escalation, RawJson ticket, List<TimelineEntryView> timeline, long earlierEntries) {}
