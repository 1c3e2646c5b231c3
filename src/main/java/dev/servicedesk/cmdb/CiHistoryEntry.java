package dev.servicedesk.cmdb;

import dev.servicedesk.cmdb.dto.FieldChange;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of a configuration item, field by field; never changed or removed (the database refuses). */
@Entity
@Immutable
@Table(name = "ci_history")
public class CiHistoryEntry {
    @Id
    private UUID id;

    private UUID ciId;
    private Instant at;
    private UUID actorId;
    private UUID changeId;

    @Enumerated(EnumType.STRING)
    private CiHistoryAction action;

    /** As an object holding the list: the reactive driver binds a JSON value as an object. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Changes changes;

    record Changes(List<FieldChange> fields) {}

    protected CiHistoryEntry() {}

    CiHistoryEntry(
            UUID id,
            UUID ciId,
            Instant at,
            UUID actorId,
            UUID changeId,
            CiHistoryAction action,
            List<FieldChange> changes) {
        this.id = id;
        this.ciId = ciId;
        this.at = at;
        this.actorId = actorId;
        this.changeId = changeId;
        this.action = action;
        this.changes = new Changes(List.copyOf(changes));
    }

    public UUID id() {
        return id;
    }

    public UUID ciId() {
        return ciId;
    }

    public Instant at() {
        return at;
    }

    public UUID actorId() {
        return actorId;
    }

    public UUID changeId() {
        return changeId;
    }

    public CiHistoryAction action() {
        return action;
    }

    public List<FieldChange> changes() {
        return changes.fields();
    }
}
