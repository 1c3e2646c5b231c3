package dev.servicedesk.ticket;

import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a ticket is worked: its queue and that queue's tier, its agent, where a hand-back returns
 * it, and how it got there (how often it was reassigned, whether it was ever escalated), which
 * decides whether a resolution was a first-contact one.
 */
@Embeddable
public record Placement(
        UUID queueId,
        Integer tier,
        UUID assigneeId,
        UUID handBackQueueId,
        UUID handBackAssigneeId,
        int reassignments,
        boolean escalated) {

    /** A new ticket in {@code queue} of {@code tier}, or in none (both null). */
    static Placement of(UUID queue, Integer tier) {
        return new Placement(queue, tier, null, null, null, 0, false);
    }

    /**
     * In {@code queue} (of {@code queueTier}) with {@code assignee} or nobody; moving away from a
     * queue or an agent it had counts as a reassignment. Moving up a tier remembers where a
     * hand-back returns it; moving down forgets.
     */
    Placement movedTo(UUID queue, int queueTier, UUID assignee) {
        boolean reassigned =
                (queueId != null && !queue.equals(queueId)) || (assigneeId != null && !assigneeId.equals(assignee));
        UUID backQueue = handBackQueueId;
        UUID backAgent = handBackAssigneeId;
        if (queueId != null && queueTier > tier) {
            backQueue = queueId;
            backAgent = assigneeId;
        } else if (tier != null && queueTier < tier) {
            backQueue = null;
            backAgent = null;
        }
        return new Placement(
                queue, queueTier, assignee, backQueue, backAgent, reassignments + (reassigned ? 1 : 0), escalated);
    }

    Placement escalatedNow() {
        return new Placement(queueId, tier, assigneeId, handBackQueueId, handBackAssigneeId, reassignments, true);
    }

    /** What moving to {@code next} changes, for the timeline. */
    List<FieldChange> changesTo(Placement next) {
        List<FieldChange> changes = new ArrayList<>();
        if (!Objects.equals(queueId, next.queueId)) {
            changes.add(new FieldChange("queueId", queueId, next.queueId));
        }
        if (!Objects.equals(assigneeId, next.assigneeId)) {
            changes.add(new FieldChange("assigneeId", assigneeId, next.assigneeId));
        }
        return changes;
    }

    /** Resolved on the front line (or in no queue), never escalated nor passed on. */
    boolean isFirstContact() {
        return (tier == null || tier == 1) && !escalated && reassignments == 0;
    }
}
