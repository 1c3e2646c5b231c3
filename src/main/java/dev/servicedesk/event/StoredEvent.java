package dev.servicedesk.event;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An event as the outbox holds it, read once placed; the outbox is written by statement only. */
@Entity
@Immutable
@Table(name = "domain_event")
public class StoredEvent {
    @Id
    private UUID id;

    private String type;
    private String subjectType;
    private UUID subjectId;
    private Long subjectSequence;
    private UUID actorId;
    private Instant occurredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    private JsonNode data;

    private Long commitPosition;

    protected StoredEvent() {}

    public UUID id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String subjectType() {
        return subjectType;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public long subjectSequence() {
        return subjectSequence;
    }

    public UUID actorId() {
        return actorId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public JsonNode data() {
        return data;
    }

    public long commitPosition() {
        return commitPosition;
    }
}
