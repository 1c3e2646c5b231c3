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

/** A configuration item type and the JSON Schema its items' attributes satisfy (one row per type). */
@Entity
@Table(name = "ci_type")
public class CiTypeDefinition {
    @Id
    @Enumerated(EnumType.STRING)
    private CiType type;

    @JdbcTypeCode(SqlTypes.JSON)
    private ObjectNode schema;

    private Instant updatedAt;
    private UUID updatedBy;

    @Version
    private long version;

    protected CiTypeDefinition() {}

    void replaceSchema(ObjectNode schema, UUID by, Instant at) {
        this.schema = schema.deepCopy();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public CiType type() {
        return type;
    }

    public ObjectNode schema() {
        return schema;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public UUID updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
