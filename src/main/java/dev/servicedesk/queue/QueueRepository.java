package dev.servicedesk.queue;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class QueueRepository implements PanacheRepositoryBase<Queue, UUID> {
    private static final String WORKED_BY =
            "(supervisorId = :member or id in (select m.queueId from QueueMember m where m.personId = :member))";

    Uni<List<Queue>> workedBy(UUID personId) {
        return list(WORKED_BY, Parameters.with("member", personId));
    }

    Uni<Boolean> nameTaken(String name, UUID except) {
        return count("lower(name) = lower(?1) and id <> ?2", name, except).map(count -> count > 0);
    }

    /** One page of queues by name, one row long to tell whether more follow. */
    Uni<List<Queue>> page(QueueFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.active() != null) {
            conditions.add("active = :active");
            parameters.and("active", filter.active());
        }
        if (filter.tier() != null) {
            conditions.add("tier = :tier");
            parameters.and("tier", filter.tier());
        }
        if (filter.memberId() != null) {
            conditions.add(WORKED_BY);
            parameters.and("member", filter.memberId());
        }
        filter.page().after().ifPresent(after -> {
            conditions.add("(lower(name), id) > (:afterName, :afterId)");
            parameters.and("afterName", after.lastValue()).and("afterId", after.lastId());
        });
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where + " order by lower(name), id", parameters)
                .range(0, filter.page().fetchSize() - 1)
                .list();
    }
}
