package dev.servicedesk.sync;

import java.util.Arrays;

/** What the sync feed tells of, as the contract's SyncChange names it. */
enum ResourceType {
    TICKET("ticket"),
    COMMENT("comment"),
    ARTICLE("article"),
    ANNOUNCEMENT("announcement"),
    CONFIGURATION_ITEM("configuration_item");

    private final String wireName;

    ResourceType(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    static ResourceType ofWireName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("not a synced resource: " + name));
    }
}
