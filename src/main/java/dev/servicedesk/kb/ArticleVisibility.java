package dev.servicedesk.kb;

public enum ArticleVisibility {
    PUBLIC,
    INTERNAL
}
