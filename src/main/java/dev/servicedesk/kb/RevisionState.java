package dev.servicedesk.kb;

public enum RevisionState {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    SUPERSEDED
}
