package dev.servicedesk.cmdb.change;

public enum ChangeStatus {
    SUBMITTED,
    ASSESSED,
    APPROVED,
    REJECTED,
    SCHEDULED,
    IMPLEMENTED,
    VERIFIED,
    FAILED,
    CLOSED,
    CANCELLED
}
