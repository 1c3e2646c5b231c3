package dev.servicedesk.routing;

/** What became of one rule when a ticket was routed. */
public enum RuleOutcome {
    MATCHED,
    NOT_MATCHED,
    DISABLED,
    NOT_REACHED
}
