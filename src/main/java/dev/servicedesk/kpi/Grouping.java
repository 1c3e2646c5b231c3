package dev.servicedesk.kpi;

/** What a report's groups share: one of the ticket's values now, as SQL on the ticket {@code t}. */
enum Grouping {
    QUEUE("queue", "coalesce(CAST(t.queue_id AS text), 'none')"),
    ASSIGNEE("assignee", "coalesce(CAST(t.assignee_id AS text), 'none')"),
    CATEGORY("category", "t.category"),
    CHANNEL("channel", "t.channel"),
    PRIORITY("priority", "t.priority"),
    TYPE("type", "t.type");

    /** The key of the group of tickets without a queue, or without an agent. */
    static final String NONE = "none";

    private final String parameter;
    private final String key;

    Grouping(String parameter, String key) {
        this.parameter = parameter;
        this.key = key;
    }

    String parameter() {
        return parameter;
    }

    /** The group's key, never null. */
    String keySql() {
        return key;
    }

    static Grouping ofParameter(String parameter) {
        for (Grouping grouping : values()) {
            if (grouping.parameter.equals(parameter)) {
                return grouping;
            }
        }
        return null;
    }
}
