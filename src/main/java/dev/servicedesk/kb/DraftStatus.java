package dev.servicedesk.kb;

public enum DraftStatus {
    DRAFT,
    IN_REVIEW
}
