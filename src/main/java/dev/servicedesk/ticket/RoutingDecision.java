package dev.servicedesk.ticket;

import java.util.List;
import java.util.UUID;

/**
 * How a new ticket is classified and where it goes: its queue (of {@code tier}) is null when no
 * rule chose one; {@code rulesApplied} says which rule set what, for the timeline.
 */
public record RoutingDecision(
        Category category,
        Impact impact,
        Urgency urgency,
        UUID queueId,
        Integer tier,
        List<String> tags,
        List<AppliedRule> rulesApplied) {

    /** One matching rule and what it changed. */
    public record AppliedRule(UUID ruleId, String name, List<FieldChange> changes) {}
}
