package dev.servicedesk.ticket;

public enum Category {
    HARDWARE,
    SOFTWARE,
    NETWORK,
    SECURITY,
    USER_SUPPORT,
    SERVICE_REQUEST,
    DATA_RECOVERY,
    PERFORMANCE,
    CONSULTING,
    OTHER
}
