package dev.servicedesk.audit.dto;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.audit.AuditAction;
import dev.servicedesk.audit.AuditEntry;
import dev.servicedesk.audit.AuditResourceType;
import java.time.Instant;
import java.util.UUID;

public record AuditEntryView(
        UUID id,
        Instant occurredAt,
        UUID actorId,
        AuditResourceType resourceType,
        String resourceId,
        AuditAction action,
        JsonNode before,
        JsonNode after) {

    public static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(
                entry.id(),
                entry.occurredAt(),
                entry.actorId(),
                entry.resourceType(),
                entry.resourceId(),
                entry.action(),
                entry.before(),
                entry.after());
    }
}
