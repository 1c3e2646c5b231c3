package dev.servicedesk.ticket;

import dev.servicedesk.common.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

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
    private Instant createdAt;

    protected TimelineEntry() {}

    private TimelineEntry(
            UUID ticketId, TimelineEntryKind kind, Visibility visibility, UUID authorId, String body, Instant at) {
        this.id = Ids.newId();
        this.ticketId = ticketId;
        this.kind = kind;
        this.visibility = visibility;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = at;
    }

    static TimelineEntry created(Ticket ticket) {
        return new TimelineEntry(
                ticket.id(),
                TimelineEntryKind.CREATED,
                Visibility.PUBLIC,
                ticket.createdById(),
                null,
                ticket.createdAt());
    }

    static TimelineEntry comment(UUID ticketId, Visibility visibility, UUID authorId, String body, Instant at) {
        return new TimelineEntry(ticketId, TimelineEntryKind.COMMENT, visibility, authorId, body, at);
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

    public Instant createdAt() {
        return createdAt;
    }
}
