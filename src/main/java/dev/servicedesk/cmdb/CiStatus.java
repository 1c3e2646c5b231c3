package dev.servicedesk.cmdb;

/** Where a configuration item is in its life; a retired one is kept for its history. */
public enum CiStatus {
    PLANNED,
    IN_USE,
    MAINTENANCE,
    RETIRED
}
