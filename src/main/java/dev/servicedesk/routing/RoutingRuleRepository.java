package dev.servicedesk.routing;

import dev.servicedesk.common.PositionOrder;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class RoutingRuleRepository implements PanacheRepositoryBase<RoutingRule, UUID> {

    Uni<Boolean> nameTaken(String name, UUID except) {
        return count("lower(name) = lower(?1) and id <> ?2", name, except).map(count -> count > 0);
    }

    /** Where a new one goes: {@link PositionOrder#NEXT}. */
    Uni<Integer> nextPosition() {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select " + PositionOrder.NEXT + " from RoutingRule", Integer.class)
                        .getSingleResult());
    }

    /** One page of rules in the order they run, one row long to tell whether more follow. */
    Uni<List<RoutingRule>> page(RuleFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.enabled() != null) {
            conditions.add("enabled = :enabled");
            parameters.and("enabled", filter.enabled());
        }
        if (filter.queueId() != null) {
            conditions.add("queueId = :queue");
            parameters.and("queue", filter.queueId());
        }
        PositionOrder.continueAfter(filter.page(), conditions, parameters);
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where + " order by position, id", parameters)
                .range(0, filter.page().fetchSize() - 1)
                .list();
    }
}
