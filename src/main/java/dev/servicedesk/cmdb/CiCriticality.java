package dev.servicedesk.cmdb;

/** How much the business depends on a configuration item. */
public enum CiCriticality {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
