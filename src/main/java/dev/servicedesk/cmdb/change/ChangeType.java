package dev.servicedesk.cmdb.change;

/** STANDARD: routine, pre-approved. NORMAL: assessed and approved. EMERGENCY: approved at once by a supervisor or admin. */
public enum ChangeType {
    STANDARD,
    NORMAL,
    EMERGENCY
}
