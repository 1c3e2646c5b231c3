package dev.servicedesk.sync;

import dev.servicedesk.identity.Caller;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who reads the feed and the keys they hold (V39): 'everyone' and their own 'person:' key, staff
 * also 'desk', and their department's (lower-cased in SQL, as the triggers do).
 */
record SyncReader(Caller caller, UUID personId) {
    List<String> keys() {
        List<String> keys = new ArrayList<>(List.of("everyone", "person:" + personId));
        if (caller.isStaff()) {
            keys.add("desk");
        }
        return keys;
    }

    /** The department key's name; blank when the token names none (no announcement is for "department:"). */
    String department() {
        return caller.department() == null ? "" : caller.department();
    }

    /**
     * What decides which keys the token gives: a cursor carries it, since a copy made under other
     * keys may hold what the caller may no longer see, or lack what they now may.
     */
    UUID standing() {
        String standing = "desk=" + caller.isStaff() + "\ndepartment=" + department();
        return UUID.nameUUIDFromBytes(standing.getBytes(StandardCharsets.UTF_8));
    }
}
