package dev.servicedesk.cmdb;

import com.fasterxml.jackson.databind.node.ObjectNode;
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

/** Something IT runs and looks after: a server, a laptop, a service. */
@Entity
@Table(name = "ci")
public class ConfigurationItem {
    @Id
    private UUID id;

    private String name;
    private String assetTag;

    @Enumerated(EnumType.STRING)
    private CiType type;

    @Enumerated(EnumType.STRING)
    private CiStatus status;

    @Enumerated(EnumType.STRING)
    private CiEnvironment environment;

    @Enumerated(EnumType.STRING)
    private CiCriticality criticality;

    private UUID ownerId;
    private String location;
    private String description;

    @JdbcTypeCode(SqlTypes.JSON)
    private ObjectNode attributes;

    /** What the list's q searches ({@link CiDetails#searchText}), trigram-indexed; written with the rest. */
    private String searchText;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected ConfigurationItem() {}

    static ConfigurationItem create(UUID id, CiDetails details, Instant now) {
        ConfigurationItem item = new ConfigurationItem();
        item.id = id;
        item.createdAt = now;
        item.revise(details, now);
        return item;
    }

    void revise(CiDetails details, Instant at) {
        name = details.name();
        assetTag = details.assetTag();
        type = details.type();
        status = details.status();
        environment = details.environment();
        criticality = details.criticality();
        ownerId = details.ownerId();
        location = details.location();
        description = details.description();
        attributes = details.attributes().deepCopy();
        searchText = details.searchText();
        updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String assetTag() {
        return assetTag;
    }

    public CiType type() {
        return type;
    }

    public CiStatus status() {
        return status;
    }

    public CiEnvironment environment() {
        return environment;
    }

    public CiCriticality criticality() {
        return criticality;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public String location() {
        return location;
    }

    public String description() {
        return description;
    }

    public ObjectNode attributes() {
        return attributes;
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
