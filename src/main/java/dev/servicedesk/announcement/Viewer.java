package dev.servicedesk.announcement;

import dev.servicedesk.identity.Caller;
import java.util.UUID;

/** Who reads an announcement: the desk sees everything of it, a requester what is written for them. */
record Viewer(Caller caller, UUID personId) {
    boolean desk() {
        return caller.isStaff();
    }

    /** A requester listing what is going on; null for the desk, whom every announcement reaches. */
    ActiveReader reader() {
        return desk() ? null : new ActiveReader(personId, caller.department());
    }
}
