package dev.servicedesk.ticket;

import dev.servicedesk.common.TextFold;
import dev.servicedesk.ticket.dto.NewTicket;
import dev.servicedesk.ticket.dto.TicketTransition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private Impact impact;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String subject;
    private String description;

    /** Subject and description folded ({@link TextFold}) for the list's q, kept with them. */
    private String searchSubject;

    private String searchDescription;
    private UUID requesterId;
    private UUID createdById;
    private Instant occurredAt;
    private Integer affectedUsers;

    @JdbcTypeCode(SqlTypes.JSON)
    private TicketFacts facts;

    @Enumerated(EnumType.STRING)
    private PendingReason pendingReason;

    @Enumerated(EnumType.STRING)
    private ResolutionCode resolutionCode;

    private String resolutionNotes;
    private Instant resolvedAt;
    private Instant closedAt;
    private String cancelReason;

    private UUID queueId;
    private Integer tier;
    private UUID assigneeId;

    private String[] tags;

    private UUID handBackQueueId;
    private UUID handBackAssigneeId;
    private int reassignments;
    private boolean escalated;
    private Boolean firstContactResolution;

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
        ticket.category = classification.category();
        ticket.impact = classification.impact();
        ticket.urgency = classification.urgency();
        ticket.priority = classification.priority();
        ticket.channel = classification.channel();
        ticket.describe(request.subject(), request.description());
        ticket.requesterId = requesterId;
        ticket.createdById = createdById;
        ticket.occurredAt = request.occurredAt();
        ticket.affectedUsers = request.affectedUsers();
        ticket.facts = new TicketFacts(
                Objects.requireNonNullElse(request.affectedSystems(), List.of()),
                Objects.requireNonNullElse(request.errorMessages(), List.of()),
                Objects.requireNonNullElse(request.stepsTried(), List.of()),
                Objects.requireNonNullElse(request.environment(), Map.of()),
                Objects.requireNonNullElse(request.contact(), Contact.NONE));
        ticket.queueId = routing.queueId();
        ticket.tier = routing.tier();
        ticket.tags = routing.tags().toArray(String[]::new);
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
            case RESOLVED -> {
                resolutionCode = transition.resolutionCode();
                resolutionNotes = transition.resolutionNotes();
                resolvedAt = at;
                firstContactResolution = (tier == null || tier == 1) && !escalated && reassignments == 0;
            }
            case CLOSED -> closedAt = at;
            case CANCELLED -> cancelReason = transition.cancelReason();
            default -> {
                if (TicketLifecycle.isReopening(from, to)) {
                    resolutionCode = null;
                    resolutionNotes = null;
                    resolvedAt = null;
                    firstContactResolution = null;
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
        escalated = true;
        updatedAt = at;
        return List.of(new FieldChange("status", from, status));
    }

    /** One priority step up (none above CRITICAL); answers what changed. */
    List<FieldChange> raisePriority(Instant at) {
        if (priority == Priority.CRITICAL) {
            return List.of();
        }
        Priority from = priority;
        priority = Priority.values()[priority.ordinal() - 1];
        updatedAt = at;
        return List.of(new FieldChange("priority", from, priority));
    }

    /** Worked on again after an escalation was acknowledged or declined; answers what changed. */
    List<FieldChange> resumeFromEscalation(Instant at) {
        status = TicketStatus.IN_PROGRESS;
        updatedAt = at;
        return List.of(new FieldChange("status", TicketStatus.ESCALATED, status));
    }

    /**
     * Puts the ticket in {@code queue} (of {@code queueTier}) with {@code assignee} or nobody;
     * moving it away from a queue or an agent it had counts as a reassignment. Moving up a tier
     * remembers where a hand-back returns it; moving down forgets. Answers what changed, for the
     * timeline.
     */
    List<FieldChange> assign(UUID queue, int queueTier, UUID assignee, Instant at) {
        List<FieldChange> changes = new ArrayList<>();
        if (!queue.equals(queueId)) {
            changes.add(new FieldChange("queueId", queueId, queue));
        }
        if (!Objects.equals(assignee, assigneeId)) {
            changes.add(new FieldChange("assigneeId", assigneeId, assignee));
        }
        boolean reassigned =
                (queueId != null && !queue.equals(queueId)) || (assigneeId != null && !assigneeId.equals(assignee));
        if (reassigned) {
            reassignments++;
        }
        if (queueId != null && queueTier > tier) {
            handBackQueueId = queueId;
            handBackAssigneeId = assigneeId;
        } else if (tier != null && queueTier < tier) {
            handBackQueueId = null;
            handBackAssigneeId = null;
        }
        queueId = queue;
        tier = queueTier;
        assigneeId = assignee;
        if (!changes.isEmpty()) {
            updatedAt = at;
        }
        return changes;
    }

    /** Takes revised details (validated by the caller); the status is not among them. */
    void revise(TicketDetails details, Instant at) {
        describe(details.subject(), details.description());
        category = details.category();
        impact = details.impact();
        urgency = details.urgency();
        priority = details.priority();
        channel = details.channel();
        occurredAt = details.occurredAt();
        affectedUsers = details.affectedUsers();
        facts = details.facts();
        updatedAt = at;
    }

    private void describe(String newSubject, String newDescription) {
        subject = newSubject;
        description = newDescription;
        searchSubject = TextFold.of(newSubject);
        searchDescription = newDescription == null ? null : TextFold.of(newDescription);
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

    public Category category() {
        return category;
    }

    public Impact impact() {
        return impact;
    }

    public Urgency urgency() {
        return urgency;
    }

    public Priority priority() {
        return priority;
    }

    public Channel channel() {
        return channel;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public UUID requesterId() {
        return requesterId;
    }

    public UUID createdById() {
        return createdById;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Integer affectedUsers() {
        return affectedUsers;
    }

    public TicketFacts facts() {
        return facts;
    }

    public PendingReason pendingReason() {
        return pendingReason;
    }

    public ResolutionCode resolutionCode() {
        return resolutionCode;
    }

    public String resolutionNotes() {
        return resolutionNotes;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public UUID queueId() {
        return queueId;
    }

    public Integer tier() {
        return tier;
    }

    public UUID assigneeId() {
        return assigneeId;
    }

    public List<String> tags() {
        return List.of(tags);
    }

    public UUID handBackQueueId() {
        return handBackQueueId;
    }

    public UUID handBackAssigneeId() {
        return handBackAssigneeId;
    }

    public Boolean firstContactResolution() {
        return firstContactResolution;
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
