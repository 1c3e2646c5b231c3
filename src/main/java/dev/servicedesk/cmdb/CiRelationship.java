package dev.servicedesk.cmdb;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The source item depends on, runs on, uses, is part of or is connected to the target. */
@Entity
@Table(name = "ci_relationship")
public class CiRelationship {
    @Id
    private UUID id;

    private UUID sourceId;
    private UUID targetId;

    @Enumerated(EnumType.STRING)
    private CiRelationshipType type;

    private String redundancyGroup;
    private Instant createdAt;
    private UUID createdBy;

    protected CiRelationship() {}

    CiRelationship(
            UUID id,
            UUID sourceId,
            UUID targetId,
            CiRelationshipType type,
            String redundancyGroup,
            Instant createdAt,
            UUID createdBy) {
        this.id = id;
        this.sourceId = sourceId;
        this.targetId = targetId;
        this.type = type;
        this.redundancyGroup = redundancyGroup;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Which way it points as seen from {@code item}, one of its two ends. */
    CiRelationshipDirection directionFrom(UUID item) {
        return item.equals(sourceId) ? CiRelationshipDirection.OUTGOING : CiRelationshipDirection.INCOMING;
    }

    /** The end that is not {@code item}. */
    UUID otherThan(UUID item) {
        return item.equals(sourceId) ? targetId : sourceId;
    }

    public UUID id() {
        return id;
    }

    public UUID sourceId() {
        return sourceId;
    }

    public UUID targetId() {
        return targetId;
    }

    public CiRelationshipType type() {
        return type;
    }

    public String redundancyGroup() {
        return redundancyGroup;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UUID createdBy() {
        return createdBy;
    }
}
