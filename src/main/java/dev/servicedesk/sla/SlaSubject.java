package dev.servicedesk.sla;

import dev.servicedesk.cmdb.CiFacts;
import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Priority;
import dev.servicedesk.ticket.TicketType;
import java.util.List;
import java.util.UUID;

/** What choosing a policy reads of a ticket. */
public record SlaSubject(
        TicketType type,
        Category category,
        Priority priority,
        UUID queueId,
        String requesterDepartment,
        boolean requesterVip,
        List<CiFacts> cis) {}
