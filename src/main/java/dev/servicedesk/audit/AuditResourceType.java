package dev.servicedesk.audit;

/** The kinds of configuration the audit trail follows. */
public enum AuditResourceType {
    PRIORITY_MATRIX,
    QUEUE,
    ROUTING_RULE,
    CALENDAR,
    SLA_POLICY,
    WEBHOOK,
    KB_ARTICLE,
    ANNOUNCEMENT,
    CI_TYPE,
    CHANGE_BLACKOUT
}
