package dev.servicedesk.sla;

/** What an SLA clock measures: time to first response, to resolution, or between public updates. */
public enum SlaTargetKind {
    FIRST_RESPONSE,
    RESOLUTION,
    UPDATE
}
