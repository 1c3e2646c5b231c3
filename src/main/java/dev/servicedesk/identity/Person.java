package dev.servicedesk.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Someone who has called the service; the identity provider stays the source of truth. */
@Entity
@Table(name = "person")
public class Person {
    @Id
    private UUID id;

    private String subject;
    private String name;
    private String email;
    private String department;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Person() {}

    public UUID id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String department() {
        return department;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
