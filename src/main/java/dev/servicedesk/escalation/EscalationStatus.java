package dev.servicedesk.escalation;

/** OPEN → ACKNOWLEDGED → CLOSED, or OPEN → DECLINED. */
public enum EscalationStatus {
    OPEN,
    ACKNOWLEDGED,
    DECLINED,
    CLOSED
}
