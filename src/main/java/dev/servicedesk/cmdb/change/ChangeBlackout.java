package dev.servicedesk.cmdb.change;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A period in which no change should run. Never edited: lifted by deleting it. */
@Entity
@Table(name = "change_blackout")
public class ChangeBlackout {
    @Id
    private UUID id;

    private String name;

    private Instant startsAt;
    private Instant endsAt;

    private String reason;
    private UUID createdById;
    private Instant createdAt;

    protected ChangeBlackout() {}

    ChangeBlackout(
            UUID id, String name, Instant start, Instant end, String reason, UUID createdById, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.startsAt = start;
        this.endsAt = end;
        this.reason = reason;
        this.createdById = createdById;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant start() {
        return startsAt;
    }

    public Instant end() {
        return endsAt;
    }

    public String reason() {
        return reason;
    }

    public UUID createdById() {
        return createdById;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
