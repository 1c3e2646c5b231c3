package dev.servicedesk.routing;

import dev.servicedesk.ticket.RoutingDecision;
import java.util.List;

/** Every rule's verdict for one ticket, in the order they ran, and what routing decided. */
public record Evaluation(List<RuleVerdict> verdicts, RoutingDecision decision) {}
