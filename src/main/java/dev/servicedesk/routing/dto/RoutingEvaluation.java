package dev.servicedesk.routing.dto;

import dev.servicedesk.routing.RuleVerdict;
import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Impact;
import dev.servicedesk.ticket.Priority;
import dev.servicedesk.ticket.RoutingDecision;
import dev.servicedesk.ticket.Urgency;
import java.util.List;
import java.util.UUID;

public record RoutingEvaluation(List<RuleVerdict> rules, Result result) {

    public record Result(
            Category category, Impact impact, Urgency urgency, Priority priority, UUID queueId, List<String> tags) {

        public static Result of(RoutingDecision decision, Priority priority) {
            return new Result(
                    decision.category(),
                    decision.impact(),
                    decision.urgency(),
                    priority,
                    decision.queueId(),
                    decision.tags());
        }
    }
}
