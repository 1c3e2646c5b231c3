package dev.servicedesk.ticket.dto;

import dev.servicedesk.ticket.Priority;
import dev.servicedesk.ticket.TicketStatus;
import dev.servicedesk.ticket.TicketType;
import dev.servicedesk.ticket.WorkRow;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A ticket as a working list shows it: what an agent needs to decide what to take next. */
public record WorkItem(
        UUID id,
        String key,
        TicketType type,
        TicketStatus status,
        Priority priority,
        String subject,
        UUID queueId,
        Agent assignee,
        Instant slaDueAt,
        Instant createdAt,
        long ageMinutes) {

    public record Agent(UUID id, String name) {}

    public static WorkItem of(WorkRow row, Instant now) {
        return new WorkItem(
                row.id(),
                row.ticketKey(),
                row.type(),
                row.status(),
                row.priority(),
                row.subject(),
                row.queueId(),
                row.assigneeId() == null ? null : new Agent(row.assigneeId(), row.assigneeName()),
                row.slaDueAt(),
                row.createdAt(),
                Math.max(0, Duration.between(row.createdAt(), now).toMinutes()));
    }
}
