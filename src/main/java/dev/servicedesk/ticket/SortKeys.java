package dev.servicedesk.ticket;

import java.time.Instant;
import java.util.UUID;

/** What a ticket order compares, as a list row carries it. */
interface SortKeys {
    UUID id();

    boolean finished();

    Instant createdAt();

    Instant updatedAt();

    int priorityRank();

    /** The next SLA due time; far in the future when no clock runs. */
    Instant slaDueRank();
}
