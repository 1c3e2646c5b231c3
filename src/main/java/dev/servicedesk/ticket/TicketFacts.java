package dev.servicedesk.ticket;

import dev.servicedesk.ticket.dto.NewTicket;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the requester told us beyond subject and description, stored as one JSON document: the
 * details a front-line agent collects and a higher tier needs handed over.
 */
public record TicketFacts(
        List<String> affectedSystems,
        List<String> errorMessages,
        List<StepTried> stepsTried,
        Map<String, Object> environment,
        Contact contact) {

    /** The facts of a new ticket: what it leaves out reads as empty. */
    static TicketFacts of(NewTicket request) {
        return new TicketFacts(
                Objects.requireNonNullElse(request.affectedSystems(), List.of()),
                Objects.requireNonNullElse(request.errorMessages(), List.of()),
                Objects.requireNonNullElse(request.stepsTried(), List.of()),
                Objects.requireNonNullElse(request.environment(), Map.of()),
                Objects.requireNonNullElse(request.contact(), Contact.NONE));
    }
}
