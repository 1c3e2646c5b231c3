package dev.servicedesk.ticket;

import dev.servicedesk.common.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** "Source {kind} target": one link between two tickets, stored in its canonical direction. */
@Entity
@Table(name = "ticket_link")
public class TicketLink {
    @Id
    private UUID id;

    private UUID sourceId;
    private UUID targetId;

    @Enumerated(EnumType.STRING)
    private TicketLinkType kind;

    private UUID createdById;
    private Instant createdAt;

    protected TicketLink() {}

    /** "{@code self} {@code type} {@code other}", turned round when the type is an inverse one. */
    static TicketLink between(UUID self, TicketLinkType type, UUID other, UUID createdById, Instant at) {
        TicketLink link = new TicketLink();
        link.id = Ids.newId();
        link.sourceId = type.isStored() ? self : other;
        link.targetId = type.isStored() ? other : self;
        link.kind = type.isStored() ? type : type.inverse();
        link.createdById = createdById;
        link.createdAt = at;
        return link;
    }

    /** The link's type as {@code ticketId}, one of its ends, sees it. */
    public TicketLinkType typeSeenFrom(UUID ticketId) {
        return sourceId.equals(ticketId) ? kind : kind.inverse();
    }

    public UUID otherEnd(UUID ticketId) {
        return sourceId.equals(ticketId) ? targetId : sourceId;
    }

    boolean joins(UUID a, UUID b) {
        return (sourceId.equals(a) && targetId.equals(b)) || (sourceId.equals(b) && targetId.equals(a));
    }

    public UUID id() {
        return id;
    }

    UUID sourceId() {
        return sourceId;
    }

    UUID targetId() {
        return targetId;
    }

    TicketLinkType kind() {
        return kind;
    }

    public UUID createdById() {
        return createdById;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
