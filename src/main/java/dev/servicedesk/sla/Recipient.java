package dev.servicedesk.sla;

/** Whom an escalation level notifies. */
public enum Recipient {
    ASSIGNEE,
    QUEUE_SUPERVISOR,
    QUEUE_MEMBERS
}
