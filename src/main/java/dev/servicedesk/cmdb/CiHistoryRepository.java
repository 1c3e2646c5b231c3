package dev.servicedesk.cmdb;

import dev.servicedesk.common.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class CiHistoryRepository implements PanacheRepositoryBase<CiHistoryEntry, UUID> {

    /** One page of an item's history in a period, newest first, one row long to tell whether more follow. */
    Uni<List<CiHistoryEntry>> page(UUID ciId, Instant from, Instant to, PageRequest page) {
        StringBuilder query = new StringBuilder("ciId = :ciId");
        Parameters parameters = Parameters.with("ciId", ciId);
        if (from != null) {
            query.append(" and at >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            query.append(" and at < :to");
            parameters.and("to", to);
        }
        page.after().ifPresent(after -> {
            query.append(" and (at, id) < (:afterAt, :afterId)");
            parameters.and("afterAt", after.lastInstant()).and("afterId", after.lastId());
        });
        return find(query + " order by at desc, id desc", parameters)
                .range(0, page.fetchSize() - 1)
                .list();
    }
}
