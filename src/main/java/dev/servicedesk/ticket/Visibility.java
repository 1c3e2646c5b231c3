package dev.servicedesk.ticket;

/** Who may see a timeline entry: the requester too, or the desk only. */
public enum Visibility {
    PUBLIC,
    INTERNAL
}
