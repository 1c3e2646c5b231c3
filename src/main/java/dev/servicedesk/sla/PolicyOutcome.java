package dev.servicedesk.sla;

/** What became of one policy when a ticket's policy was chosen. */
public enum PolicyOutcome {
    MATCHED,
    NOT_MATCHED,
    DISABLED,
    NOT_REACHED
}
