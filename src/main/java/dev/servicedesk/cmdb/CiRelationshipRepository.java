package dev.servicedesk.cmdb;

import dev.servicedesk.common.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class CiRelationshipRepository implements PanacheRepositoryBase<CiRelationship, UUID> {

    Uni<Boolean> exists(UUID sourceId, CiRelationshipType type, UUID targetId) {
        return count("sourceId = ?1 and type = ?2 and targetId = ?3", sourceId, type, targetId)
                .map(count -> count > 0);
    }

    /** One page of an item's relationships, newest first, one row long to tell whether more follow. */
    Uni<List<CiRelationship>> page(
            UUID item, List<CiRelationshipType> types, CiRelationshipDirection direction, PageRequest page) {
        StringBuilder query = new StringBuilder(
                direction == null
                        ? "(sourceId = :item or targetId = :item)"
                        : direction == CiRelationshipDirection.OUTGOING ? "sourceId = :item" : "targetId = :item");
        Parameters parameters = Parameters.with("item", item);
        if (!types.isEmpty()) {
            query.append(" and type in :types");
            parameters.and("types", types);
        }
        page.after().ifPresent(after -> {
            query.append(" and (createdAt, id) < (:afterAt, :afterId)");
            parameters.and("afterAt", after.lastInstant()).and("afterId", after.lastId());
        });
        return find(query + " order by createdAt desc, id desc", parameters)
                .range(0, page.fetchSize() - 1)
                .list();
    }
}
