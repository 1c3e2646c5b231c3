package dev.servicedesk.kb;

public enum ArticleAction {
    CREATED,
    REVISED,
    TRANSLATED,
    RESTORED,
    SUBMITTED,
    APPROVED,
    REJECTED,
    ARCHIVED
}
