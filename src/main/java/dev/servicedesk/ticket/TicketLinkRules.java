package dev.servicedesk.ticket;

import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import java.util.Collection;
import java.util.UUID;

/**
 * Whether a new link fits among the links its two tickets already have: two tickets are linked
 * once; a child has one parent, parents are not children (one level, so no cycles); a duplicate
 * has one original.
 */
final class TicketLinkRules {
    private TicketLinkRules() {}

    /** @param existing every link that touches either end of {@code link} */
    static void check(TicketLink link, Collection<TicketLink> existing) {
        UUID source = link.sourceId();
        UUID target = link.targetId();
        for (TicketLink other : existing) {
            if (other.joins(source, target)) {
                throw conflict("The tickets are already linked (" + other.typeSeenFrom(source) + ").");
            }
        }
        switch (link.kind()) {
            case PARENT_OF -> {
                if (existing.stream()
                        .anyMatch(
                                other -> isParentLink(other) && other.targetId().equals(target))) {
                    throw conflict("The child already has a parent; unlink it first.");
                }
                if (existing.stream()
                        .anyMatch(
                                other -> isParentLink(other) && other.targetId().equals(source))) {
                    throw conflict("The parent is itself a child; link to its parent instead.");
                }
                if (existing.stream()
                        .anyMatch(
                                other -> isParentLink(other) && other.sourceId().equals(target))) {
                    throw conflict("The child is itself a parent; parents and children are one level deep.");
                }
            }
            case DUPLICATE_OF -> {
                if (existing.stream()
                        .anyMatch(other -> other.kind() == TicketLinkType.DUPLICATE_OF
                                && other.sourceId().equals(source))) {
                    throw conflict("The duplicate already has an original; unlink it first.");
                }
            }
            default -> {}
        }
    }

    private static boolean isParentLink(TicketLink link) {
        return link.kind() == TicketLinkType.PARENT_OF;
    }

    private static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }
}
