package dev.servicedesk.cmdb.change;

import dev.servicedesk.cmdb.change.ChangeDocuments.Assessment;
import dev.servicedesk.cmdb.change.ChangeDocuments.Conflict;
import dev.servicedesk.cmdb.change.ChangeDocuments.Conflicts;
import dev.servicedesk.cmdb.change.ChangeDocuments.Decision;
import dev.servicedesk.cmdb.change.ChangeDocuments.Operations;
import dev.servicedesk.cmdb.change.ChangeDocuments.Verification;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A request to change configuration items, and how far it has come. */
@Entity
@Table(name = "change_request")
public class ChangeRequest {
    @Id
    private UUID id;

    @Column(name = "change_key")
    private String key;

    @Enumerated(EnumType.STRING)
    private ChangeType type;

    @Enumerated(EnumType.STRING)
    private ChangeStatus status;

    private String title;
    private String description;
    private UUID requesterId;
    private Instant plannedStart;
    private Instant plannedEnd;

    @JdbcTypeCode(SqlTypes.JSON)
    private Operations operations;

    private UUID[] ciIds;

    @Enumerated(EnumType.STRING)
    private ChangeRisk risk;

    @JdbcTypeCode(SqlTypes.JSON)
    private Assessment assessment;

    @JdbcTypeCode(SqlTypes.JSON)
    private Conflicts conflicts;

    @JdbcTypeCode(SqlTypes.JSON)
    private Decision decision;

    private Instant scheduledStart;
    private Instant scheduledEnd;
    private String scheduleOverrideReason;
    private UUID implementedById;
    private Instant implementedAt;

    /** What undoes the operations as they were applied, in the order to apply it. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Operations inverse;

    @JdbcTypeCode(SqlTypes.JSON)
    private Verification verification;

    private Instant closedAt;
    private String cancelReason;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected ChangeRequest() {}

    static ChangeRequest submit(
            UUID id,
            String key,
            ChangeType type,
            String title,
            String description,
            UUID requesterId,
            Instant plannedStart,
            Instant plannedEnd,
            List<ChangeOperation> operations,
            List<UUID> ciIds,
            Instant now) {
        ChangeRequest change = new ChangeRequest();
        change.id = id;
        change.key = key;
        change.type = type;
        change.status = ChangeStatus.SUBMITTED;
        change.title = title;
        change.description = description;
        change.requesterId = requesterId;
        change.plannedStart = plannedStart;
        change.plannedEnd = plannedEnd;
        change.operations = new Operations(operations);
        change.ciIds = ciIds.toArray(UUID[]::new);
        change.conflicts = new Conflicts(List.of());
        change.createdAt = now;
        change.updatedAt = now;
        return change;
    }

    void assess(Assessment found, ChangeRisk chosen, List<Conflict> now) {
        status = ChangeStatus.ASSESSED;
        assessment = found;
        risk = chosen;
        conflicts = new Conflicts(now);
        updatedAt = found.assessedAt();
    }

    void decide(Decision made, List<Conflict> now) {
        status = made.approved() ? ChangeStatus.APPROVED : ChangeStatus.REJECTED;
        decision = made;
        conflicts = new Conflicts(now);
        updatedAt = made.decidedAt();
    }

    void schedule(Instant start, Instant end, List<Conflict> now, String overrideReason, Instant at) {
        status = ChangeStatus.SCHEDULED;
        scheduledStart = start;
        scheduledEnd = end;
        scheduleOverrideReason = overrideReason;
        conflicts = new Conflicts(now);
        updatedAt = at;
    }

    void implemented(UUID by, List<ChangeOperation> undo, Instant at) {
        status = ChangeStatus.IMPLEMENTED;
        implementedById = by;
        implementedAt = at;
        inverse = new Operations(undo);
        updatedAt = at;
    }

    void verified(Verification outcome) {
        status = outcome.outcome();
        verification = outcome;
        updatedAt = outcome.verifiedAt();
    }

    void close(Instant at) {
        status = ChangeStatus.CLOSED;
        closedAt = at;
        updatedAt = at;
    }

    void cancel(String reason, Instant at) {
        status = ChangeStatus.CANCELLED;
        cancelReason = reason;
        updatedAt = at;
    }

    /** When it is to run: its scheduled window once scheduled, its planned one before. */
    Instant windowStart() {
        return scheduledStart != null ? scheduledStart : plannedStart;
    }

    Instant windowEnd() {
        return scheduledEnd != null ? scheduledEnd : plannedEnd;
    }

    public UUID id() {
        return id;
    }

    public String key() {
        return key;
    }

    public ChangeType type() {
        return type;
    }

    public ChangeStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public UUID requesterId() {
        return requesterId;
    }

    public Instant plannedStart() {
        return plannedStart;
    }

    public Instant plannedEnd() {
        return plannedEnd;
    }

    public List<ChangeOperation> operations() {
        return operations.list();
    }

    public List<UUID> ciIds() {
        return List.of(ciIds);
    }

    public ChangeRisk risk() {
        return risk;
    }

    public Assessment assessment() {
        return assessment;
    }

    public List<Conflict> conflicts() {
        return conflicts.list();
    }

    public Decision decision() {
        return decision;
    }

    public Instant scheduledStart() {
        return scheduledStart;
    }

    public Instant scheduledEnd() {
        return scheduledEnd;
    }

    public String scheduleOverrideReason() {
        return scheduleOverrideReason;
    }

    public UUID implementedById() {
        return implementedById;
    }

    public Instant implementedAt() {
        return implementedAt;
    }

    List<ChangeOperation> inverse() {
        return inverse == null ? List.of() : inverse.list();
    }

    public Verification verification() {
        return verification;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String cancelReason() {
        return cancelReason;
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
