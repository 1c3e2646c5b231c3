package dev.servicedesk.sla;

import dev.servicedesk.common.FieldError;
import dev.servicedesk.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a policy usable: targets for some priority, resolution no sooner than first
 * response, pause reasons only with PENDING and no pause twice, escalation levels that do
 * something, one per target and percentage. Pure: answers the field errors, empty when valid.
 */
final class PolicyRules {
    private static final Set<TicketStatus> PAUSABLE = Set.of(
            TicketStatus.NEW,
            TicketStatus.OPEN,
            TicketStatus.IN_PROGRESS,
            TicketStatus.PENDING,
            TicketStatus.ESCALATED);

    private PolicyRules() {}

    static List<FieldError> check(PolicyDetails details) {
        List<FieldError> errors = new ArrayList<>();
        if (details.targets().isEmpty()) {
            errors.add(new FieldError("targets", "must set the targets of at least one priority"));
        }
        details.targets().forEach((priority, target) -> {
            if (target.resolutionMinutes() < target.firstResponseMinutes()) {
                errors.add(new FieldError(
                        "targets." + priority + ".resolutionMinutes", "must not be less than firstResponseMinutes"));
            }
        });
        Set<SlaPause> pauses = new HashSet<>();
        for (int i = 0; i < details.pauseWhen().size(); i++) {
            SlaPause pause = details.pauseWhen().get(i);
            if (!PAUSABLE.contains(pause.status())) {
                errors.add(new FieldError("pauseWhen[" + i + "].status", "must be a status of an open ticket"));
            } else if (pause.pendingReason() != null && pause.status() != TicketStatus.PENDING) {
                errors.add(new FieldError("pauseWhen[" + i + "].pendingReason", "is only for PENDING"));
            } else if (!pauses.add(pause)) {
                errors.add(new FieldError("pauseWhen[" + i + "]", "is given twice"));
            }
        }
        Set<List<Object>> levels = new HashSet<>();
        for (int i = 0; i < details.escalationLevels().size(); i++) {
            EscalationLevel level = details.escalationLevels().get(i);
            if (level.doesNothing()) {
                errors.add(new FieldError(
                        "escalationLevels[" + i + "]", "must notify, move to a queue or raise the priority"));
            } else if (!levels.add(List.of(level.target(), level.atPercent()))) {
                errors.add(new FieldError(
                        "escalationLevels[" + i + "].atPercent", "another level of this target is at this percentage"));
            }
        }
        return errors;
    }
}
