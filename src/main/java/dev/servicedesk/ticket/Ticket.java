package dev.servicedesk.ticket;

import dev.servicedesk.ticket.dto.NewTicket;
import dev.servicedesk.ticket.dto.TicketTransition;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recorded contact with IT: what the requester told us, how it is classified, where it stands. */
@Entity
@Table(name = "ticket")
public class Ticket {
    @Id
    private UUID id;

    @Column(name = "ticket_key")
    private String ticketKey;

    @Enumerated(EnumType.STRING)
    private TicketType type;

    @Enumerated(EnumType.STRING)
    private TicketStatus status;

    @Embedded
    private Classification classification;

    @Embedded
    private Report report;

    private UUID requesterId;
    private UUID createdById;

    @Enumerated(EnumType.STRING)
    private PendingReason pendingReason;

    @Embedded
    private Resolution resolution;

    private Instant closedAt;
    private String cancelReason;

    @Embedded
    private Placement placement;

    private String[] tags;

    private UUID[] ciIds;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    /** Derived by the database from the status and the priority; the list's sort keys. */
    @Column(insertable = false, updatable = false)
    private boolean finished;

    @Column(insertable = false, updatable = false)
    private int priorityRank;

    /** Kept by the database from the SLA clocks: the next due time, and the same as a sort key. */
    @Column(insertable = false, updatable = false)
    private Instant slaDueAt;

    @Column(insertable = false, updatable = false)
    private Instant slaDueRank;

    protected Ticket() {}

    /**
     * A new contact as the requester described it, NEW, classified by {@code classification}, in
     * the queue and with the tags {@code routing} chose.
     */
    static Ticket record(
            UUID id,
            String key,
            NewTicket request,
            Classification classification,
            RoutingDecision routing,
            UUID requesterId,
            UUID createdById,
            Instant now) {
        Ticket ticket = new Ticket();
        ticket.id = id;
        ticket.ticketKey = key;
        ticket.type = request.type();
        ticket.status = TicketStatus.NEW;
        ticket.classification = classification;
        ticket.report = Report.of(
                request.subject(),
                request.description(),
                request.occurredAt(),
                request.affectedUsers(),
                TicketFacts.of(request));
        ticket.requesterId = requesterId;
        ticket.createdById = createdById;
        ticket.placement = Placement.of(routing.queueId(), routing.tier());
        ticket.tags = routing.tags().toArray(String[]::new);
        ticket.ciIds = request.ciIds() == null ? new UUID[0] : request.ciIds().toArray(UUID[]::new);
        ticket.createdAt = now;
        ticket.updatedAt = now;
        return ticket;
    }

    /**
     * Moves to the transition's status, taking the data that status needs (checked by the
     * caller against {@link TicketLifecycle}); answers what changed, for the timeline.
     */
    List<FieldChange> moveTo(TicketTransition transition, Instant at) {
        TicketStatus from = status;
        TicketStatus to = transition.to();
        status = to;
        updatedAt = at;
        pendingReason = to == TicketStatus.PENDING ? transition.pendingReason() : null;
        switch (to) {
            case RESOLVED ->
                resolution = new Resolution(
                        transition.resolutionCode(),
                        transition.resolutionNotes(),
                        transition.articleId(),
                        at,
                        placement.isFirstContact());
            case CLOSED -> closedAt = at;
            case CANCELLED -> cancelReason = transition.cancelReason();
            default -> {
                if (TicketLifecycle.isReopening(from, to)) {
                    resolution = null;
                }
            }
        }
        return List.of(new FieldChange("status", from, to));
    }

    /** Waits for higher-tier support (checked by the caller); answers what changed. */
    List<FieldChange> escalate(Instant at) {
        TicketStatus from = status;
        status = TicketStatus.ESCALATED;
        pendingReason = null;
        placement = placement.escalatedNow();
        updatedAt = at;
        return List.of(new FieldChange("status", from, status));
    }

    /** One priority step up (none above CRITICAL); answers what changed. */
    List<FieldChange> raisePriority(Instant at) {
        Priority from = classification.priority();
        if (from == Priority.CRITICAL) {
            return List.of();
        }
        Priority raised = Priority.values()[from.ordinal() - 1];
        classification = new Classification(
                classification.category(),
                classification.impact(),
                classification.urgency(),
                raised,
                classification.channel());
        updatedAt = at;
        return List.of(new FieldChange("priority", from, raised));
    }

    /** Worked on again after an escalation was acknowledged or declined; answers what changed. */
    List<FieldChange> resumeFromEscalation(Instant at) {
        status = TicketStatus.IN_PROGRESS;
        updatedAt = at;
        return List.of(new FieldChange("status", TicketStatus.ESCALATED, status));
    }

    /** Puts the ticket in {@code queue} with {@code assignee} or nobody ({@link Placement#movedTo}); answers what changed. */
    List<FieldChange> assign(UUID queue, int queueTier, UUID assignee, Instant at) {
        Placement next = placement.movedTo(queue, queueTier, assignee);
        List<FieldChange> changes = placement.changesTo(next);
        placement = next;
        if (!changes.isEmpty()) {
            updatedAt = at;
        }
        return changes;
    }

    /** Takes revised details (validated by the caller); only a change the requester sees moves updatedAt. */
    void revise(TicketDetails details, Instant at, boolean visibleToRequester) {
        classification = details.classification();
        report = details.report();
        ciIds = details.ciIds().toArray(UUID[]::new);
        if (visibleToRequester) {
            updatedAt = at;
        }
    }

    /** Someone replied on the ticket: it was updated, and its version moves on. */
    void touch(Instant at) {
        updatedAt = at;
    }

    public boolean isRequestedBy(UUID personId) {
        return requesterId.equals(personId);
    }

    public UUID id() {
        return id;
    }

    public String key() {
        return ticketKey;
    }

    public TicketType type() {
        return type;
    }

    public TicketStatus status() {
        return status;
    }

    public Priority priority() {
        return classification.priority();
    }

    public Classification classification() {
        return classification;
    }

    public String subject() {
        return report.subject();
    }

    public Report report() {
        return report;
    }

    public UUID requesterId() {
        return requesterId;
    }

    public UUID createdById() {
        return createdById;
    }

    public PendingReason pendingReason() {
        return pendingReason;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public UUID queueId() {
        return placement.queueId();
    }

    public Placement placement() {
        return placement;
    }

    /** How it was resolved; null while it is not resolved. */
    public Resolution resolution() {
        return resolution;
    }

    public List<String> tags() {
        return List.of(tags);
    }

    public List<UUID> ciIds() {
        return List.of(ciIds);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    boolean finished() {
        return finished;
    }

    int priorityRank() {
        return priorityRank;
    }

    public long version() {
        return version;
    }
}
