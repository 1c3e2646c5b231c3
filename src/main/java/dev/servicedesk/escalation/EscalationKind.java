package dev.servicedesk.escalation;

/** FUNCTIONAL goes to a higher-tier or specialist queue; HIERARCHICAL to the queue's supervisor. */
public enum EscalationKind {
    FUNCTIONAL,
    HIERARCHICAL
}
