package dev.servicedesk.announcement;

/** Where an announcement is to be shown or sent. */
public enum AnnouncementChannel {
    PORTAL,
    EMAIL,
    SMS,
    CHAT
}
