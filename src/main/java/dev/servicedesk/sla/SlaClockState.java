package dev.servicedesk.sla;

/** Where an SLA clock stands; BREACHED is never stored, it is read from the due time. */
public enum SlaClockState {
    RUNNING,
    PAUSED,
    MET,
    BREACHED,
    CANCELLED
}
