package dev.servicedesk.kb.walk;

import dev.servicedesk.common.PageRequest;
import dev.servicedesk.identity.PersonFilter;

/** Which walks a list holds: each part left null is no filter. */
public record WalkFilter(String ticketRef, String articleRef, Boolean open, PersonFilter walker, PageRequest page) {
    static final String ORDER = "kb-walks-newest";
}
