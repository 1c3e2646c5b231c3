package dev.servicedesk.escalation;

import dev.servicedesk.common.Ids;
import dev.servicedesk.sla.SlaTargetKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
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

    @Embedded
    private SlaCause slaCause;

    private UUID followsId;
    private Instant overdueHandledAt;

    @Embedded
    private Route route;

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

    /** Where the ticket stood (no queue at all, for an SLA escalation of a ticket not yet routed) and where it goes. */
    @Embeddable
    public record Route(
            UUID fromQueueId, Integer fromTier, UUID fromAssigneeId, UUID toQueueId, int toTier, UUID toPersonId) {
        /** The same way up, to {@code supervisor} of the queue it went to. */
        Route toSupervisor(UUID supervisor) {
            return new Route(fromQueueId, fromTier, fromAssigneeId, toQueueId, toTier, supervisor);
        }
    }

    /** What an SLA escalation level was reached by: the event recording it, the clock, the percentage. */
    @Embeddable
    public record SlaCause(
            @Column(name = "sla_event_id") UUID eventId,
            @Column(name = "sla_clock_id") UUID clockId,

            @Column(name = "sla_target") @Enumerated(EnumType.STRING)
            SlaTargetKind target,

            @Column(name = "sla_percent") int percent) {}

    static Escalation bySla(
            UUID ticketId,
            EscalationKind kind,
            int level,
            Route route,
            SlaCause cause,
            String reason,
            String publicMessage,
            Instant at) {
        Escalation escalation = open(ticketId, kind, level, route, reason, publicMessage, null, null, at);
        escalation.trigger = cause.percent() >= 100 ? EscalationTrigger.SLA_BREACH : EscalationTrigger.SLA_WARNING;
        escalation.slaCause = cause;
        return escalation;
    }

    /** One level up from {@code previous}, which nobody acknowledged in time: to {@code supervisor} of its queue. */
    static Escalation followUp(Escalation previous, int level, UUID supervisor, String reason, Instant at) {
        // A decline sends the ticket back where the first escalation took it from.
        Escalation escalation = open(
                previous.ticketId,
                EscalationKind.HIERARCHICAL,
                level,
                previous.route.toSupervisor(supervisor),
                reason,
                previous.publicMessage,
                previous.summary,
                null,
                at);
        escalation.trigger = EscalationTrigger.ACKNOWLEDGEMENT_OVERDUE;
        escalation.followsId = previous.id;
        return escalation;
    }

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
        Escalation escalation = open(ticketId, kind, level, route, reason, publicMessage, summary, escalatedById, at);
        escalation.trigger = EscalationTrigger.MANUAL;
        return escalation;
    }

    private static Escalation open(
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
        escalation.level = level;
        escalation.status = EscalationStatus.OPEN;
        escalation.reason = reason;
        escalation.publicMessage = publicMessage;
        escalation.summary = summary;
        escalation.route = route;
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

    /** Nobody acknowledged it in time, and {@code note} says what followed. */
    void overdue(String note, Instant at, boolean superseded) {
        overdueHandledAt = at;
        if (superseded) {
            close(null, note, at);
        }
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

    /** Where the ticket stood and where the escalation took it. */
    public Route route() {
        return route;
    }

    /** The SLA escalation level it came from; null for an escalation an agent made. */
    public SlaCause slaCause() {
        return slaCause;
    }

    /** The escalation this one followed because nobody acknowledged that one in time. */
    public UUID followsId() {
        return followsId;
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
