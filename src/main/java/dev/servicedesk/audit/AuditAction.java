package dev.servicedesk.audit;

/** What a change did to a resource. */
public enum AuditAction {
    CREATED,
    UPDATED,
    DELETED,
    /** The whole of a singleton or a type's schema, sent anew. */
    REPLACED,
    SECRET_ROTATED,
    APPROVED,
    REJECTED
}
