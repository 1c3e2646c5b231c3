package dev.servicedesk.routing;

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

    /** The position after every rule there is (or the last there can be): where a new rule goes. */
    Uni<Integer> nextPosition() {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select coalesce(max(position) + 10, 0) from RoutingRule", Integer.class)
                        .getSingleResult())
                .map(position -> Math.min(position, RuleDetails.LAST_POSITION));
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
        filter.page().after().ifPresent(after -> {
            conditions.add("(position, id) > (:afterPosition, :afterId)");
            parameters.and("afterPosition", Integer.parseInt(after.lastValue())).and("afterId", after.lastId());
        });
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where + " order by position, id", parameters)
                .range(0, filter.page().fetchSize() - 1)
                .list();
    }
}
