package dev.servicedesk.cmdb.impact;

/** DOWN: fails with the item. DEGRADED: some of its redundant providers fail, and it still works. */
public enum ImpactState {
    DOWN,
    DEGRADED
}
