package dev.servicedesk.kpi;

/** What a report's groups share: one of the ticket's values now. */
enum Grouping {
    QUEUE("queue", "queue_id"),
    ASSIGNEE("assignee", "assignee_id"),
    CATEGORY("category", "category"),
    CHANNEL("channel", "channel"),
    PRIORITY("priority", "priority"),
    TYPE("type", "type");

    /** The key of the group of tickets without a queue, or without an agent. */
    static final String NONE = "none";

    private final String parameter;
    private final String column;

    Grouping(String parameter, String column) {
        this.parameter = parameter;
        this.column = column;
    }

    String parameter() {
        return parameter;
    }

    /** The column grouped by, on the rows {@code alias} that carry the ticket's values. */
    String column(String alias) {
        return alias + "." + column;
    }

    /** The group's key of a grouped row: the value as text, {@link #NONE} for no queue or agent. */
    String key(String alias) {
        return "coalesce(CAST(" + column(alias) + " AS text), '" + NONE + "')";
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
