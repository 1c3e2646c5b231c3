package dev.servicedesk.sla;

import dev.servicedesk.ticket.Priority;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a policy promises and how its clocks behave, kept as one value. */
public record PolicyTerms(
        Map<Priority, SlaTarget> targets,
        List<SlaPause> pauseWhen,
        List<Integer> warningThresholds,
        List<EscalationLevel> escalationLevels,
        Set<FirstResponseEvent> firstResponseMetBy) {}
