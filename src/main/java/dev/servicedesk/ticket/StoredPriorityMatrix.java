package dev.servicedesk.ticket;

import java.time.Instant;
import java.util.UUID;

/** The desk's matrix as stored, with the version its ETag is derived from. */
record StoredPriorityMatrix(ImpactUrgencyMatrix matrix, long version, Instant updatedAt, UUID updatedBy) {
    PriorityMatrix toResponse() {
        return new PriorityMatrix(matrix.cells(), updatedAt, updatedBy);
    }
}
