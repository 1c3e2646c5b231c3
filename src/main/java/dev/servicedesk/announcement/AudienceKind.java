package dev.servicedesk.announcement;

/** Who an announcement is for. */
public enum AudienceKind {
    EVERYONE,
    DEPARTMENTS,
    /** The front-line bulletin: the desk only, never a requester. */
    DESK,
    /** The people using the affected items, as the impact analysis finds them when it is published. */
    AFFECTED_USERS
}
