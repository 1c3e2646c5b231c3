package dev.servicedesk.announcement;

/** Where publishing stands; the event's own progress is its {@link AnnouncementPhase}. */
public enum AnnouncementStatus {
    DRAFT,
    PENDING_APPROVAL,
    APPROVED,
    REJECTED,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED
}
