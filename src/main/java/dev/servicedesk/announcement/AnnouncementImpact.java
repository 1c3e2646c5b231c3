package dev.servicedesk.announcement;

/** How badly people are hit, the least first: readers' lists put the most severe on top. */
public enum AnnouncementImpact {
    NONE,
    MINOR,
    MAJOR,
    CRITICAL
}
