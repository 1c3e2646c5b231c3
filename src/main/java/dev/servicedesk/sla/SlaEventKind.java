package dev.servicedesk.sla;

/** What the breach checker records: a clock crossed a warning threshold, or fell due unmet. */
public enum SlaEventKind {
    WARNING,
    BREACH
}
