package dev.servicedesk.ticket;

import dev.servicedesk.common.EntityTag;
import dev.servicedesk.identity.Caller;

/**
 * A ticket's ETag names the representation its viewer gets: the desk's and a requester's differ,
 * so each carries its own tag of the same version. The version moves with every change to the
 * ticket's fields and every public reply on it.
 */
final class TicketTags {
    private TicketTags() {}

    static String of(long version, Caller viewer) {
        return viewer.isStaff() ? EntityTag.of(version) : EntityTag.of(version, "requester");
    }

    static void requireMatch(String ifMatch, Ticket ticket, Caller viewer) {
        EntityTag.requireMatch(ifMatch, of(ticket.version(), viewer));
    }
}
