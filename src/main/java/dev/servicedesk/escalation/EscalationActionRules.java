package dev.servicedesk.escalation;

import dev.servicedesk.escalation.dto.EscalationActions;
import dev.servicedesk.queue.QueueWorkers;
import java.util.UUID;

/** Who answers an escalation, and so what each caller may do with one now. */
final class EscalationActionRules {
    private EscalationActionRules() {}

    /**
     * The queue a FUNCTIONAL escalation went to answers it; a HIERARCHICAL one, the supervisor it
     * went to or whoever supervises the queue now, and for one that followed an unanswered
     * escalation, that queue's members too. An admin answers any.
     */
    static boolean receives(Escalation escalation, QueueWorkers to, UUID actor, boolean admin) {
        if (admin) {
            return true;
        }
        boolean works = to != null && to.isWorkedBy(actor);
        if (escalation.kind() == EscalationKind.FUNCTIONAL) {
            return works;
        }
        return actor.equals(escalation.route().toPersonId())
                || (to != null && actor.equals(to.supervisorId()))
                || (escalation.trigger() == EscalationTrigger.ACKNOWLEDGEMENT_OVERDUE && works);
    }

    /**
     * The receiving side acknowledges or declines an open one (declining sends the ticket back to
     * {@code from}, the queue it came from, which must still be active unless the ticket never
     * left it); it or whoever escalated closes an accepted one.
     */
    static EscalationActions of(Escalation escalation, QueueWorkers to, QueueWorkers from, UUID actor, boolean admin) {
        boolean receives = receives(escalation, to, actor, admin);
        boolean open = escalation.status() == EscalationStatus.OPEN;
        boolean sendable = from != null
                && (from.active() || from.queueId().equals(escalation.route().toQueueId()));
        return new EscalationActions(
                receives && open,
                receives && open && sendable,
                (receives || actor.equals(escalation.escalatedById()))
                        && escalation.status() == EscalationStatus.ACKNOWLEDGED);
    }
}
