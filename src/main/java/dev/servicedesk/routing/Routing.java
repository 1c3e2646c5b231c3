package dev.servicedesk.routing;

import dev.servicedesk.cmdb.CiDirectory;
import dev.servicedesk.common.ChangeNotifications;
import dev.servicedesk.common.Snapshot;
import dev.servicedesk.queue.QueueService;
import dev.servicedesk.routing.dto.RoutingEvaluation;
import dev.servicedesk.routing.dto.RoutingProbe;
import dev.servicedesk.ticket.PriorityMatrixService;
import dev.servicedesk.ticket.RoutingDecision;
import dev.servicedesk.ticket.RoutingRequest;
import dev.servicedesk.ticket.TicketRouter;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Routes new tickets by the desk's rules, kept in memory as one compiled rule set until a rule or
 * a queue they route to changes (on any replica); also the admin's dry run.
 */
@ApplicationScoped
public class Routing implements TicketRouter {
    private final Snapshot<RuleSet> ruleSet;
    private final PriorityMatrixService priorityMatrix;
    private final CiDirectory cis;

    Routing(
            RoutingRuleService rules,
            ChangeNotifications changes,
            PriorityMatrixService priorityMatrix,
            CiDirectory cis) {
        this.ruleSet = new Snapshot<>(changes, rules::loadRuleSet, RoutingRuleService.TOPIC, QueueService.TOPIC);
        this.priorityMatrix = priorityMatrix;
        this.cis = cis;
    }

    @Override
    @WithSession
    public Uni<RoutingDecision> route(RoutingRequest ticket) {
        return ruleSet.get().map(rules -> rules.route(ticket));
    }

    /** What routing would do with this ticket, rule by rule, changing nothing. */
    @WithSession
    public Uni<RoutingEvaluation> evaluate(RoutingProbe probe) {
        return cis.named("ciIds", probe.namedCis()).chain(named -> evaluate(probe.toRequest(named)));
    }

    private Uni<RoutingEvaluation> evaluate(RoutingRequest ticket) {
        return ruleSet.get().chain(rules -> {
            Evaluation evaluation = rules.explain(ticket);
            RoutingDecision decision = evaluation.decision();
            return priorityMatrix
                    .priorityFor(decision.impact(), decision.urgency())
                    .map(priority -> new RoutingEvaluation(
                            evaluation.verdicts(), RoutingEvaluation.Result.of(decision, priority)));
        });
    }
}
