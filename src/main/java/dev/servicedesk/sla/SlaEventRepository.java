package dev.servicedesk.sla;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class SlaEventRepository implements PanacheRepositoryBase<SlaEvent, UUID> {
    /** One page of events by when they occurred, one row long to tell whether more follow. */
    Uni<List<SlaEvent>> page(SlaEventFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            parameters.and("kind", filter.kind());
        }
        if (filter.ticketId() != null) {
            conditions.add("ticketId = :ticket");
            parameters.and("ticket", filter.ticketId());
        }
        if (filter.queueId() != null) {
            conditions.add("queueId = :queue");
            parameters.and("queue", filter.queueId());
        }
        if (filter.from() != null) {
            conditions.add("occurredAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("occurredAt < :to");
            parameters.and("to", filter.to());
        }
        filter.page().after().ifPresent(after -> {
            conditions.add("(occurredAt, id) > (:afterAt, :afterId)");
            parameters.and("afterAt", after.lastInstant()).and("afterId", after.lastId());
        });
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where + " order by occurredAt, id", parameters)
                .range(0, filter.page().fetchSize() - 1)
                .list();
    }
}
