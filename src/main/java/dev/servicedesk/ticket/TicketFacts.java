package dev.servicedesk.ticket;

import java.util.List;
import java.util.Map;

/**
 * What the requester told us beyond subject and description, stored as one JSON document: the
 * details a front-line agent collects and a higher tier needs handed over.
 */
public record TicketFacts(
        List<String> affectedSystems,
        List<String> errorMessages,
        List<StepTried> stepsTried,
        Map<String, Object> environment,
        Contact contact) {}
