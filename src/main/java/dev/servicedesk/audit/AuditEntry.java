package dev.servicedesk.audit;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change to the configuration as the trail keeps it; written by statement only, never changed. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {
    @Id
    private UUID id;

    private Instant occurredAt;
    private UUID actorId;

    @Enumerated(EnumType.STRING)
    private AuditResourceType resourceType;

    private String resourceId;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @JdbcTypeCode(SqlTypes.JSON)
    private JsonNode before;

    @JdbcTypeCode(SqlTypes.JSON)
    private JsonNode after;

    protected AuditEntry() {}

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public UUID actorId() {
        return actorId;
    }

    public AuditResourceType resourceType() {
        return resourceType;
    }

    public String resourceId() {
        return resourceId;
    }

    public AuditAction action() {
        return action;
    }

    public JsonNode before() {
        return before;
    }

    public JsonNode after() {
        return after;
    }
}
