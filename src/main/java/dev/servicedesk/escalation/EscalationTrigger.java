package dev.servicedesk.escalation;

/** What escalated: an agent (with a reason), or an SLA policy's escalation level. */
public enum EscalationTrigger {
    MANUAL,
    SLA_WARNING,
    SLA_BREACH
}
