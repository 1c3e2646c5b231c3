package dev.servicedesk.ticket;

public enum TimelineEntryKind {
    CREATED,
    COMMENT,
    STATUS_CHANGED,
    UPDATED,
    LINKED,
    UNLINKED,
    ASSIGNED,
    ROUTED,
    SLA_RETARGETED,
    SLA_WARNING,
    SLA_BREACHED
}
