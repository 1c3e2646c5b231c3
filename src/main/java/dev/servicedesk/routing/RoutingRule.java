package dev.servicedesk.routing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A rule that classifies and routes new tickets that meet its conditions. */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {
    @Id
    private UUID id;

    private String name;
    private String description;
    private int position;
    private boolean enabled;
    private String disabledReason;

    @Enumerated(EnumType.STRING)
    private OnMatch onMatch;

    @JdbcTypeCode(SqlTypes.JSON)
    private RoutingConditions conditions;

    @JdbcTypeCode(SqlTypes.JSON)
    private RoutingActions actions;

    /** Derived by the database from the actions: the queue the rule routes to. */
    @Column(insertable = false, updatable = false)
    private UUID queueId;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected RoutingRule() {}

    static RoutingRule create(UUID id, RuleDetails details, Instant now) {
        RoutingRule rule = new RoutingRule();
        rule.id = id;
        rule.createdAt = now;
        rule.revise(details, now);
        return rule;
    }

    /** Takes the admin's details; a rule enabled again no longer carries why it was disabled. */
    void revise(RuleDetails details, Instant at) {
        name = details.name();
        description = details.description();
        position = details.position();
        enabled = details.enabled();
        onMatch = details.onMatch();
        conditions = details.conditions();
        actions = details.actions();
        if (enabled) {
            disabledReason = null;
        }
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

    public String disabledReason() {
        return disabledReason;
    }

    public OnMatch onMatch() {
        return onMatch;
    }

    public RoutingConditions conditions() {
        return conditions;
    }

    public RoutingActions actions() {
        return actions;
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
