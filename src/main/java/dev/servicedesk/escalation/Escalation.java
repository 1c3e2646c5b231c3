package dev.servicedesk.escalation;

import dev.servicedesk.common.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A ticket handed up, from where to where, by whom, and how the receiving side answered. */
@Entity
@Table(name = "escalation")
public class Escalation {
    @Id
    private UUID id;

    private UUID ticketId;

    @Enumerated(EnumType.STRING)
    private EscalationKind kind;

    @Enumerated(EnumType.STRING)
    private EscalationTrigger trigger;

    private int level;

    @Enumerated(EnumType.STRING)
    private EscalationStatus status;

    private String reason;
    private String publicMessage;
    private String summary;
    private UUID fromQueueId;
    private int fromTier;
    private UUID fromAssigneeId;
    private UUID toQueueId;
    private int toTier;
    private UUID toPersonId;
    private UUID escalatedById;
    private Instant escalatedAt;
    private UUID acknowledgedById;
    private Instant acknowledgedAt;
    private UUID declinedById;
    private Instant declinedAt;
    private String declineReason;
    private UUID closedById;
    private Instant closedAt;
    private String closingNote;

    @Version
    private long version;

    protected Escalation() {}

    /** Where the ticket stood and where it goes. */
    record Route(UUID fromQueueId, int fromTier, UUID fromAssigneeId, UUID toQueueId, int toTier, UUID toPersonId) {}

    static Escalation manual(
            UUID ticketId,
            EscalationKind kind,
            int level,
            Route route,
            String reason,
            String publicMessage,
            String summary,
            UUID escalatedById,
            Instant at) {
        Escalation escalation = new Escalation();
        escalation.id = Ids.newId();
        escalation.ticketId = ticketId;
        escalation.kind = kind;
        escalation.trigger = EscalationTrigger.MANUAL;
        escalation.level = level;
        escalation.status = EscalationStatus.OPEN;
        escalation.reason = reason;
        escalation.publicMessage = publicMessage;
        escalation.summary = summary;
        escalation.fromQueueId = route.fromQueueId();
        escalation.fromTier = route.fromTier();
        escalation.fromAssigneeId = route.fromAssigneeId();
        escalation.toQueueId = route.toQueueId();
        escalation.toTier = route.toTier();
        escalation.toPersonId = route.toPersonId();
        escalation.escalatedById = escalatedById;
        escalation.escalatedAt = at;
        return escalation;
    }

    void acknowledge(UUID by, Instant at) {
        status = EscalationStatus.ACKNOWLEDGED;
        acknowledgedById = by;
        acknowledgedAt = at;
    }

    void decline(UUID by, String why, Instant at) {
        status = EscalationStatus.DECLINED;
        declinedById = by;
        declineReason = why;
        declinedAt = at;
    }

    void close(UUID by, String note, Instant at) {
        status = EscalationStatus.CLOSED;
        closedById = by;
        closingNote = note;
        closedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public EscalationKind kind() {
        return kind;
    }

    public EscalationTrigger trigger() {
        return trigger;
    }

    public int level() {
        return level;
    }

    public EscalationStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String publicMessage() {
        return publicMessage;
    }

    public String summary() {
        return summary;
    }

    public UUID fromQueueId() {
        return fromQueueId;
    }

    public int fromTier() {
        return fromTier;
    }

    public UUID fromAssigneeId() {
        return fromAssigneeId;
    }

    public UUID toQueueId() {
        return toQueueId;
    }

    public int toTier() {
        return toTier;
    }

    public UUID toPersonId() {
        return toPersonId;
    }

    public UUID escalatedById() {
        return escalatedById;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public UUID acknowledgedById() {
        return acknowledgedById;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public UUID declinedById() {
        return declinedById;
    }

    public Instant declinedAt() {
        return declinedAt;
    }

    public String declineReason() {
        return declineReason;
    }

    public UUID closedById() {
        return closedById;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closingNote() {
        return closingNote;
    }

    public long version() {
        return version;
    }
}
