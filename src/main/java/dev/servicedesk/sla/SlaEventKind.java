package dev.servicedesk.sla;

/**
 * What the breach checker records: a clock crossed a warning threshold, fell due unmet, or
 * reached one of its policy's escalation levels.
 */
public enum SlaEventKind {
    WARNING,
    BREACH,
    ESCALATION
}
