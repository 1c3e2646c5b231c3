package dev.servicedesk.audit;

import dev.servicedesk.common.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Which entries to read: of any of {@code types} (all when empty), of a resource, by a person, in a period. */
record AuditFilter(
        List<AuditResourceType> types, String resourceId, UUID actorId, Instant from, Instant to, PageRequest page) {}
