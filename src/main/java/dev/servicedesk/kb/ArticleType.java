package dev.servicedesk.kb;

public enum ArticleType {
    SOLUTION,
    HOW_TO,
    FAQ,
    KNOWN_ERROR,
    TROUBLESHOOTING
}
