package dev.servicedesk.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket as the API shows it to one viewer, read in one statement: its JSON, built by PostgreSQL
 * (TicketDocuments), and what the service decides the viewer's allowed actions and the
 * ETag on.
 */
record TicketDocument(
        UUID id,
        long version,
        TicketStatus status,
        UUID requesterId,
        UUID queueId,
        Integer tier,
        UUID handBackQueueId,
        Instant resolvedAt,
        String json) {

    boolean isRequestedBy(UUID personId) {
        return requesterId.equals(personId);
    }
}
