package dev.servicedesk.ticket;

import dev.servicedesk.common.Ids;
import dev.servicedesk.ticket.dto.TicketTransition;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One immutable line of a ticket's story. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {
    @Id
    private UUID id;

    private UUID ticketId;

    @Enumerated(EnumType.STRING)
    private TimelineEntryKind kind;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    private UUID authorId;
    private String body;

    @JdbcTypeCode(SqlTypes.JSON)
    private EntryDetails details;

    private Instant createdAt;

    protected TimelineEntry() {}

    private TimelineEntry(
            UUID ticketId,
            TimelineEntryKind kind,
            Visibility visibility,
            UUID authorId,
            String body,
            EntryDetails details,
            Instant at) {
        this.id = Ids.newId();
        this.ticketId = ticketId;
        this.kind = kind;
        this.visibility = visibility;
        this.authorId = authorId;
        this.body = body;
        this.details = details;
        this.createdAt = at;
    }

    static TimelineEntry created(Ticket ticket) {
        return new TimelineEntry(
                ticket.id(),
                TimelineEntryKind.CREATED,
                Visibility.PUBLIC,
                ticket.createdById(),
                null,
                EntryDetails.NONE,
                ticket.createdAt());
    }

    static TimelineEntry comment(UUID ticketId, Visibility visibility, UUID authorId, String body, Instant at) {
        return new TimelineEntry(
                ticketId, TimelineEntryKind.COMMENT, visibility, authorId, body, EntryDetails.NONE, at);
    }

    /** A lifecycle move, public: the requester is told where their ticket stands. */
    static TimelineEntry statusChanged(
            UUID ticketId, UUID authorId, String reason, List<FieldChange> changes, Instant at) {
        return new TimelineEntry(
                ticketId,
                TimelineEntryKind.STATUS_CHANGED,
                Visibility.PUBLIC,
                authorId,
                reason,
                EntryDetails.of(changes),
                at);
    }

    /** On a child resolved with its parent: the parent and its notes, internal (it may be someone else's). */
    static TimelineEntry resolvedWithParent(
            UUID childId, UUID authorId, Ticket parent, TicketTransition parentMove, Instant at) {
        return new TimelineEntry(
                childId,
                TimelineEntryKind.RESOLVED_WITH_PARENT,
                Visibility.INTERNAL,
                authorId,
                parentMove.resolutionNotes(),
                EntryDetails.of(new LinkReference(TicketLinkType.CHILD_OF, parent.id(), parent.key())),
                at);
    }

    /** Details changed: public, since requesters see their ticket's details too (never why). */
    static TimelineEntry updated(UUID ticketId, UUID authorId, List<FieldChange> changes, Instant at) {
        return new TimelineEntry(
                ticketId, TimelineEntryKind.UPDATED, Visibility.PUBLIC, authorId, null, EntryDetails.of(changes), at);
    }

    /** Fields changed that only the desk may read of. */
    static TimelineEntry updatedInternally(UUID ticketId, UUID authorId, List<FieldChange> changes, Instant at) {
        return new TimelineEntry(
                ticketId, TimelineEntryKind.UPDATED, Visibility.INTERNAL, authorId, null, EntryDetails.of(changes), at);
    }

    /** Why the desk overrode the priority the matrix gave: internal. */
    static TimelineEntry priorityOverridden(
            UUID ticketId, UUID authorId, String reason, FieldChange change, Instant at) {
        return new TimelineEntry(
                ticketId,
                TimelineEntryKind.PRIORITY_OVERRIDDEN,
                Visibility.INTERNAL,
                authorId,
                reason,
                EntryDetails.of(List.of(change)),
                at);
    }

    /** A move to another queue or agent: internal, with who and why. */
    static TimelineEntry assigned(UUID ticketId, UUID authorId, String reason, List<FieldChange> changes, Instant at) {
        return new TimelineEntry(
                ticketId,
                TimelineEntryKind.ASSIGNED,
                Visibility.INTERNAL,
                authorId,
                reason,
                EntryDetails.of(changes),
                at);
    }

    /** What a routing rule set on a new ticket: internal, by the service itself. */
    static TimelineEntry routed(Ticket ticket, RoutingDecision.AppliedRule rule) {
        return new TimelineEntry(
                ticket.id(),
                TimelineEntryKind.ROUTED,
                Visibility.INTERNAL,
                null,
                null,
                EntryDetails.of(new RuleReference(rule.ruleId(), rule.name()), rule.changes()),
                ticket.createdAt());
    }

    /** SLA due times a reclassification moved: internal, by the service itself. */
    static TimelineEntry slaRetargeted(UUID ticketId, List<FieldChange> changes, Instant at) {
        return new TimelineEntry(
                ticketId,
                TimelineEntryKind.SLA_RETARGETED,
                Visibility.INTERNAL,
                null,
                null,
                EntryDetails.of(changes),
                at);
    }

    static TimelineEntry slaEvent(UUID ticketId, boolean breach, String body, Instant at) {
        return new TimelineEntry(
                ticketId,
                breach ? TimelineEntryKind.SLA_BREACHED : TimelineEntryKind.SLA_WARNING,
                Visibility.INTERNAL,
                null,
                body,
                EntryDetails.NONE,
                at);
    }

    /** What the service did when an SLA escalation level was reached: internal, authorless. */
    static TimelineEntry slaEscalation(UUID ticketId, String body, Instant at) {
        return new TimelineEntry(
                ticketId, TimelineEntryKind.SLA_ESCALATION, Visibility.INTERNAL, null, body, EntryDetails.NONE, at);
    }

    /** A step of an escalation: internal with the reason and what changed, or public with the requester's message. */
    static TimelineEntry escalation(
            UUID ticketId,
            TimelineEntryKind kind,
            Visibility visibility,
            UUID escalationId,
            UUID authorId,
            String body,
            List<FieldChange> changes,
            Instant at) {
        return new TimelineEntry(
                ticketId, kind, visibility, authorId, body, EntryDetails.ofEscalation(escalationId, changes), at);
    }

    /** A link made from this ticket to another: internal, as the other ticket may be someone else's. */
    static TimelineEntry linked(UUID ticketId, UUID authorId, LinkReference link, Instant at) {
        return new TimelineEntry(
                ticketId, TimelineEntryKind.LINKED, Visibility.INTERNAL, authorId, null, EntryDetails.of(link), at);
    }

    static TimelineEntry unlinked(UUID ticketId, UUID authorId, LinkReference link, Instant at) {
        return new TimelineEntry(
                ticketId, TimelineEntryKind.UNLINKED, Visibility.INTERNAL, authorId, null, EntryDetails.of(link), at);
    }

    /** A walk through a decision tree, attached to the ticket, ended: internal, by the walker. */
    static TimelineEntry walked(UUID ticketId, UUID walkerId, WalkReference walk, String transcript, Instant at) {
        return new TimelineEntry(
                ticketId,
                TimelineEntryKind.KB_WALK,
                Visibility.INTERNAL,
                walkerId,
                transcript,
                EntryDetails.of(walk),
                at);
    }

    /** A file added to the ticket or to one of its comments, with the file's visibility. */
    static TimelineEntry attached(
            UUID ticketId, Visibility visibility, UUID authorId, AttachmentReference attachment, Instant at) {
        return new TimelineEntry(
                ticketId, TimelineEntryKind.ATTACHED, visibility, authorId, null, EntryDetails.of(attachment), at);
    }

    /** An e-mail the service sent about the ticket, or gave up sending: internal, authorless. */
    static TimelineEntry notification(UUID ticketId, boolean sent, String body, Instant at) {
        return new TimelineEntry(
                ticketId,
                sent ? TimelineEntryKind.NOTIFIED : TimelineEntryKind.NOTIFICATION_FAILED,
                Visibility.INTERNAL,
                null,
                body,
                EntryDetails.NONE,
                at);
    }

    /** Whether this is a comment on {@code ticket} a reader may see: the desk any, a requester a public one. */
    public boolean isCommentOn(UUID ticket, boolean readerIsDesk) {
        return ticketId.equals(ticket)
                && kind == TimelineEntryKind.COMMENT
                && (readerIsDesk || visibility == Visibility.PUBLIC);
    }

    public UUID id() {
        return id;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public TimelineEntryKind kind() {
        return kind;
    }

    public Visibility visibility() {
        return visibility;
    }

    public UUID authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public List<FieldChange> changes() {
        return details.changes();
    }

    public LinkReference link() {
        return details.link();
    }

    public RuleReference rule() {
        return details.rule();
    }

    public UUID escalationId() {
        return details.escalationId();
    }

    public WalkReference walk() {
        return details.walk();
    }

    public AttachmentReference attachment() {
        return details.attachment();
    }

    EntryDetails details() {
        return details;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
