package dev.servicedesk.ticket;

/** How soon the business needs a resolution. */
public enum Urgency {
    HIGH,
    MEDIUM,
    LOW
}
