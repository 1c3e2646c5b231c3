package dev.servicedesk.ticket;

import dev.servicedesk.cmdb.CiFacts;
import java.util.List;

/**
 * What routing reads of a new ticket: what its creator said (a null category, impact or urgency
 * was left out, for routing to fill in), who it is for and the configuration items it names.
 */
public record RoutingRequest(
        TicketType type,
        String subject,
        String description,
        Category category,
        Impact impact,
        Urgency urgency,
        Channel channel,
        String requesterDepartment,
        boolean requesterVip,
        List<CiFacts> cis) {

    public Category categoryOrDefault() {
        return category != null ? category : Category.OTHER;
    }

    public Impact impactOrDefault() {
        return impact != null ? impact : Impact.MEDIUM;
    }

    public Urgency urgencyOrDefault() {
        return urgency != null ? urgency : Urgency.MEDIUM;
    }
}
