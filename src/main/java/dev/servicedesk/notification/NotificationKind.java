package dev.servicedesk.notification;

/** What a notification tells its recipient; each has a template per language. */
enum NotificationKind {
    TICKET_RECEIVED("ticket-received"),
    PUBLIC_REPLY("public-reply"),
    AWAITING_REQUESTER("awaiting-requester"),
    RESOLVED("resolved");

    private final String template;

    NotificationKind(String template) {
        this.template = template;
    }

    String template() {
        return template;
    }
}
