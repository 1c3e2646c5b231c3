package dev.servicedesk.event;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of thing events are about, each with a stream of its own per item. */
public enum SubjectType {
    TICKET("ticket"),
    ARTICLE("article"),
    ANNOUNCEMENT("announcement"),
    CONFIGURATION_ITEM("configuration_item"),
    CHANGE("change"),
    WEBHOOK("webhook");

    private final String wireName;

    SubjectType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<SubjectType> ofWireName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(name))
                .findFirst();
    }
}
