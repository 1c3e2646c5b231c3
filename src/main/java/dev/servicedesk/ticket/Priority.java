package dev.servicedesk.ticket;

public enum Priority {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    INFORMATIONAL
}
