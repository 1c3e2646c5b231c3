package dev.servicedesk.ticket;

import dev.servicedesk.event.DomainEvents;
import dev.servicedesk.event.EventType;
import dev.servicedesk.event.NewEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A ticket's timeline and its domain events, written together in the changing transaction: each
 * entry that tells of a meaningful change (recorded, replied to, noted, moved, changed, assigned,
 * escalated, an SLA crossed) is also an event for integrations, with the ticket as it now stands.
 */
@ApplicationScoped
class TicketHistory {
    private final TimelineRepository timeline;
    private final TicketRepository tickets;
    private final DomainEvents events;

    TicketHistory(TimelineRepository timeline, TicketRepository tickets, DomainEvents events) {
        this.timeline = timeline;
        this.tickets = tickets;
        this.events = events;
    }

    Uni<Void> append(Ticket ticket, TimelineEntry... entries) {
        return append(ticket, List.of(entries));
    }

    Uni<Void> append(Ticket ticket, List<TimelineEntry> entries) {
        return timeline.append(entries)
                .chain(() -> events.record(entries.stream()
                        .flatMap(entry -> TicketEventData.of(ticket, entry).stream())
                        .toList()));
    }

    /** An entry and the events it makes, with the ticket as it stood right after it: one step of several. */
    record Told(TimelineEntry entry, List<NewEvent> events) {}

    static Told told(Ticket ticket, TimelineEntry entry) {
        return new Told(entry, TicketEventData.of(ticket, entry));
    }

    /** Entries each told as {@link #told} took it, so a move through several statuses shows each step as it was. */
    Uni<Void> appendTold(List<Told> steps) {
        return timeline.append(steps.stream().map(Told::entry).toList())
                .chain(() -> events.record(
                        steps.stream().flatMap(step -> step.events().stream()).toList()));
    }

    /** SLA warnings and breaches the checker recorded, with the ticket each is on. */
    Uni<Void> appendSlaCrossings(List<TimelineService.SlaNote> crossings) {
        if (crossings.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<UUID> ids = crossings.stream()
                .map(TimelineService.SlaNote::ticketId)
                .distinct()
                .toList();
        return tickets.summaries(ids).chain(found -> {
            Map<UUID, TicketEventData.Summary> byId =
                    found.stream().collect(Collectors.toMap(TicketEventData.Summary::id, summary -> summary));
            List<TimelineEntry> entries = crossings.stream()
                    .map(c -> TimelineEntry.slaEvent(c.ticketId(), c.breach(), c.body(), c.at()))
                    .toList();
            List<NewEvent> told = crossings.stream()
                    .map(c -> new NewEvent(
                            c.breach() ? EventType.SLA_BREACHED : EventType.SLA_WARNING,
                            c.ticketId(),
                            null,
                            c.at(),
                            new TicketEventData.SlaCrossed(
                                    byId.get(c.ticketId()), c.target(), c.dueAt(), c.threshold())))
                    .toList();
            return timeline.append(entries).chain(() -> events.record(told));
        });
    }
}
