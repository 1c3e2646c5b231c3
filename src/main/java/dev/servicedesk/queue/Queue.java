package dev.servicedesk.queue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A team's work list at one support tier. Its members are {@link QueueMember} rows. */
@Entity
@Table(name = "queue")
public class Queue {
    @Id
    private UUID id;

    private String name;
    private String description;
    private int tier;
    private UUID supervisorId;
    private boolean active;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Queue() {}

    static Queue create(UUID id, QueueDetails details, Instant now) {
        Queue queue = new Queue();
        queue.id = id;
        queue.createdAt = now;
        queue.revise(details, now);
        return queue;
    }

    void revise(QueueDetails details, Instant at) {
        name = details.name();
        description = details.description();
        tier = details.tier();
        supervisorId = details.supervisorId();
        active = details.active();
        updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public int tier() {
        return tier;
    }

    public UUID supervisorId() {
        return supervisorId;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
