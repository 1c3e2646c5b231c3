package dev.servicedesk.cmdb.change;

/** How much could go wrong, from the assessment; it decides who may approve. */
public enum ChangeRisk {
    LOW,
    MEDIUM,
    HIGH
}
