package dev.servicedesk.sync;

import dev.servicedesk.identity.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Who reads the feed and the keys they hold (V39): 'everyone' and their own 'person:' key; staff
 * also 'desk'; a requester with a department in their token, that department's.
 */
record SyncReader(Caller caller, UUID personId) {
    List<String> keys() {
        List<String> keys = new ArrayList<>(List.of("everyone", "person:" + personId));
        if (caller.isStaff()) {
            keys.add("desk");
        }
        if (caller.department() != null && !caller.department().isBlank()) {
            keys.add("department:" + caller.department().toLowerCase(Locale.ROOT));
        }
        return keys;
    }
}
