package dev.servicedesk.notification;

/**
 * What a notification tells its recipient; each has a template per language. An essential one
 * asks something of them or tells of a deadline, and cannot be opted out of.
 */
public enum NotificationKind {
    TICKET_RECEIVED("ticket-received", false),
    PUBLIC_REPLY("public-reply", false),
    AWAITING_REQUESTER("awaiting-requester", true),
    RESOLVED("resolved", true),
    ESCALATED("escalated", false),
    ESCALATION_ACCEPTED("escalation-accepted", false),
    /** To the agent the ticket is assigned to. */
    REQUESTER_REPLIED("requester-replied", false),
    /** To where an escalation went: the person it names, else its queue's members and supervisor. */
    ESCALATION_RECEIVED("escalation-received", false),
    /** To the audience of an announcement published with the EMAIL channel. */
    ANNOUNCEMENT("announcement", false),
    /** To the requester, when their ticket is first resolved: the satisfaction survey offered. */
    SURVEY_INVITATION("survey-invitation", false);

    private final String template;
    private final boolean essential;

    NotificationKind(String template, boolean essential) {
        this.template = template;
        this.essential = essential;
    }

    String template() {
        return template;
    }

    public boolean essential() {
        return essential;
    }
}
