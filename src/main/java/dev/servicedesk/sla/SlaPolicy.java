package dev.servicedesk.sla;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The SLA targets the desk promises the tickets that meet its conditions. */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy {
    @Id
    private UUID id;

    private String name;
    private String description;
    private int position;
    private boolean enabled;

    @JdbcTypeCode(SqlTypes.JSON)
    private SlaConditions conditions;

    private UUID calendarId;

    @JdbcTypeCode(SqlTypes.JSON)
    private PolicyTerms terms;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected SlaPolicy() {}

    static SlaPolicy create(UUID id, PolicyDetails details, Instant now) {
        SlaPolicy policy = new SlaPolicy();
        policy.id = id;
        policy.createdAt = now;
        policy.revise(details, now);
        return policy;
    }

    void revise(PolicyDetails details, Instant at) {
        name = details.name();
        description = details.description();
        position = details.position();
        enabled = details.enabled();
        conditions = details.conditions();
        calendarId = details.calendarId();
        terms = details.terms();
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

    public int position() {
        return position;
    }

    public boolean enabled() {
        return enabled;
    }

    public SlaConditions conditions() {
        return conditions;
    }

    public UUID calendarId() {
        return calendarId;
    }

    public PolicyTerms terms() {
        return terms;
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
