package dev.servicedesk.routing;

import dev.servicedesk.ticket.FieldChange;
import java.util.List;
import java.util.UUID;

/** What became of one rule for one ticket, and why, in words. */
public record RuleVerdict(
        UUID ruleId, String name, int position, RuleOutcome outcome, String reason, List<FieldChange> changes) {}
