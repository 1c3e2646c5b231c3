package dev.servicedesk.announcement;

/** Where the event itself stands, Statuspage-style. */
public enum AnnouncementPhase {
    INVESTIGATING,
    IDENTIFIED,
    MONITORING,
    RESOLVED,
    SCHEDULED,
    IN_PROGRESS,
    COMPLETED
}
