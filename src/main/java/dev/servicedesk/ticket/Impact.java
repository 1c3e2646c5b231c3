package dev.servicedesk.ticket;

/** How widely the business is affected. */
public enum Impact {
    HIGH,
    MEDIUM,
    LOW
}
