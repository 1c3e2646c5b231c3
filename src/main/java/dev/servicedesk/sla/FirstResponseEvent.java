package dev.servicedesk.sla;

/** What counts as the desk's first response. */
public enum FirstResponseEvent {
    PUBLIC_REPLY,
    STATUS_CHANGE
}
