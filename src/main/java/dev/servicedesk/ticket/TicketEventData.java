package dev.servicedesk.ticket;

import dev.servicedesk.event.EventType;
import dev.servicedesk.event.NewEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The payloads of a ticket's events, as the contract's schemas for them, and which entries make which events. */
final class TicketEventData {
    private TicketEventData() {}

    /** The contract's EventTicket: the ticket as it stands after the change. */
    record Summary(
            UUID id,
            String key,
            TicketType type,
            TicketStatus status,
            Priority priority,
            String subject,
            UUID requesterId,
            UUID queueId,
            UUID assigneeId,
            Instant createdAt,
            Instant updatedAt) {
        static Summary of(Ticket ticket) {
            return new Summary(
                    ticket.id(),
                    ticket.key(),
                    ticket.type(),
                    ticket.status(),
                    ticket.priority(),
                    ticket.subject(),
                    ticket.requesterId(),
                    ticket.queueId(),
                    ticket.placement().assigneeId(),
                    ticket.createdAt(),
                    ticket.updatedAt());
        }
    }

    record Created(Summary ticket) {}

    record Changed(Summary ticket, List<FieldChange> changes, String reason) {}

    record Transitioned(Summary ticket, Object from, Object to, String reason) {}

    record Comment(UUID id, UUID authorId, String body, Instant createdAt) {}

    record Commented(Summary ticket, Comment comment) {}

    record EscalationStep(Summary ticket, UUID escalationId, String reason, List<FieldChange> changes) {}

    record SlaCrossed(Summary ticket, String target, Instant dueAt, Integer threshold) {}

    /**
     * The events {@code entry} makes. An escalation step is told once (by its internal entry, which
     * has the reason and every change), and also as a transition when it moved the status.
     */
    static List<NewEvent> of(Ticket ticket, TimelineEntry entry) {
        Summary summary = Summary.of(ticket);
        List<NewEvent> events = new ArrayList<>();
        switch (entry.kind()) {
            case CREATED -> events.add(event(EventType.TICKET_CREATED, entry, new Created(summary)));
            case COMMENT ->
                events.add(event(
                        entry.visibility() == Visibility.PUBLIC
                                ? EventType.TICKET_COMMENTED
                                : EventType.TICKET_NOTE_ADDED,
                        entry,
                        new Commented(
                                summary, new Comment(entry.id(), entry.authorId(), entry.body(), entry.createdAt()))));
            case STATUS_CHANGED -> events.add(transitioned(summary, entry, entry.body()));
            case UPDATED ->
                events.add(event(EventType.TICKET_UPDATED, entry, new Changed(summary, entry.changes(), null)));
            case ASSIGNED ->
                events.add(
                        event(EventType.TICKET_ASSIGNED, entry, new Changed(summary, entry.changes(), entry.body())));
            case ESCALATED, ESCALATION_ACKNOWLEDGED, ESCALATION_DECLINED -> {
                if (entry.visibility() == Visibility.INTERNAL) {
                    events.add(event(
                            escalationType(entry.kind()),
                            entry,
                            new EscalationStep(summary, entry.escalationId(), entry.body(), entry.changes())));
                    if (statusChange(entry) != null) {
                        events.add(transitioned(summary, entry, null));
                    }
                }
            }
            default -> {
                // the rest (links, routing, SLA re-targeting, walks, notes of the service) are the desk's record only
            }
        }
        return events;
    }

    private static EventType escalationType(TimelineEntryKind kind) {
        return switch (kind) {
            case ESCALATED -> EventType.ESCALATION_OPENED;
            case ESCALATION_ACKNOWLEDGED -> EventType.ESCALATION_ACKNOWLEDGED;
            default -> EventType.ESCALATION_DECLINED;
        };
    }

    private static NewEvent transitioned(Summary summary, TimelineEntry entry, String reason) {
        FieldChange status = statusChange(entry);
        return event(
                EventType.TICKET_TRANSITIONED, entry, new Transitioned(summary, status.from(), status.to(), reason));
    }

    private static FieldChange statusChange(TimelineEntry entry) {
        return entry.changes().stream()
                .filter(change -> change.field().equals("status"))
                .findFirst()
                .orElse(null);
    }

    private static NewEvent event(EventType type, TimelineEntry entry, Object data) {
        return new NewEvent(type, entry.ticketId(), entry.authorId(), entry.createdAt(), data);
    }
}
