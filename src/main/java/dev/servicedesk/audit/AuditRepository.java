package dev.servicedesk.audit;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class AuditRepository implements PanacheRepositoryBase<AuditEntry, UUID> {

    /** One page of the trail, newest first, one row longer to tell whether more follow. */
    Uni<List<AuditEntry>> page(AuditFilter filter) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (!filter.types().isEmpty()) {
            query.append(" and resourceType in :types");
            parameters.and("types", filter.types());
        }
        if (filter.resourceId() != null) {
            query.append(" and resourceId = :resourceId");
            parameters.and("resourceId", filter.resourceId());
        }
        if (filter.actorId() != null) {
            query.append(" and actorId = :actorId");
            parameters.and("actorId", filter.actorId());
        }
        if (filter.from() != null) {
            query.append(" and occurredAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and occurredAt < :to");
            parameters.and("to", filter.to());
        }
        filter.page().after().ifPresent(after -> {
            query.append(" and (occurredAt, id) < (:afterAt, :afterId)");
            parameters.and("afterAt", after.lastInstant()).and("afterId", after.lastId());
        });
        return find(query + " order by occurredAt desc, id desc", parameters)
                .range(0, filter.page().fetchSize() - 1)
                .list();
    }
}
