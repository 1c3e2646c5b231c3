package dev.servicedesk.ticket;

/** How a contact reached the desk. */
public enum Channel {
    PHONE,
    EMAIL,
    CHAT,
    PORTAL,
    SOCIAL,
    DESKTOP_APP,
    WALK_IN,
    MOBILE_APP,
    API,
    MONITORING
}
