package dev.servicedesk.escalation;

/**
 * What escalated: an agent (with a reason), an SLA policy's escalation level, or an escalation
 * nobody acknowledged in time (followed one level up).
 */
public enum EscalationTrigger {
    MANUAL,
    SLA_WARNING,
    SLA_BREACH,
    ACKNOWLEDGEMENT_OVERDUE
}
