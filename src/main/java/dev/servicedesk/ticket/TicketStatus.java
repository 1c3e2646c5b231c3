package dev.servicedesk.ticket;

public enum TicketStatus {
    NEW,
    OPEN,
    IN_PROGRESS,
    PENDING,
    ESCALATED,
    RESOLVED,
    CLOSED,
    CANCELLED
}
