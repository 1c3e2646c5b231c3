package dev.servicedesk.sla;

import dev.servicedesk.common.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A warning or breach of one clock run, recorded once. */
@Entity
@Table(name = "sla_event")
public class SlaEvent {
    @Id
    private UUID id;

    private UUID clockId;
    private UUID ticketId;
    private UUID queueId;

    @Enumerated(EnumType.STRING)
    private SlaEventKind kind;

    @Enumerated(EnumType.STRING)
    private SlaTargetKind target;

    private int threshold;
    private Integer level;

    @JdbcTypeCode(SqlTypes.JSON)
    private EscalationLevel escalation;

    private Instant handledAt;
    private Instant startedAt;
    private Instant dueAt;
    private Instant occurredAt;
    private Instant recordedAt;

    protected SlaEvent() {}

    /**
     * A crossing to record; the ticket's queue and the instant it is recorded are filled in as it
     * is stored ({@link SlaEventRepository#recordNew}).
     */
    static SlaEvent of(ClaimedClock clock, ClaimedClock.Crossing crossing, ClockRules.Reached reached) {
        SlaEvent event = new SlaEvent();
        event.id = Ids.newId();
        event.clockId = clock.id();
        event.ticketId = clock.ticketId();
        event.kind = reached.kind();
        event.level = reached.level();
        event.escalation = reached.escalation();
        event.target = clock.target();
        event.threshold = crossing.threshold();
        event.startedAt = clock.startedAt();
        event.dueAt = clock.dueAt();
        event.occurredAt = crossing.at();
        return event;
    }

    public UUID id() {
        return id;
    }

    public UUID clockId() {
        return clockId;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public UUID queueId() {
        return queueId;
    }

    public SlaEventKind kind() {
        return kind;
    }

    public SlaTargetKind target() {
        return target;
    }

    public int threshold() {
        return threshold;
    }

    /** Which of its target's escalation levels an ESCALATION is, from 1; null for the other kinds. */
    public Integer level() {
        return level;
    }

    /** For an ESCALATION, what the level does (as the policy said when the clock started). */
    public EscalationLevel escalation() {
        return escalation;
    }

    void handled(Instant at) {
        handledAt = at;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
