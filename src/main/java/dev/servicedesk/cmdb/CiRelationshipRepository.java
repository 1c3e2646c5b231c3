package dev.servicedesk.cmdb;

import dev.servicedesk.common.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class CiRelationshipRepository implements PanacheRepositoryBase<CiRelationship, UUID> {
    private static final Comparator<CiRelationship> NEWEST_FIRST = Comparator.comparing(CiRelationship::createdAt)
            .thenComparing(CiRelationship::id)
            .reversed();

    /** Whether the source already has this relationship to the target (either way round, for a symmetric type). */
    Uni<Boolean> exists(UUID sourceId, CiRelationshipType type, UUID targetId) {
        return (type.symmetric()
                        ? count(
                                "type = ?1 and ((sourceId = ?2 and targetId = ?3) or (sourceId = ?3 and targetId = ?2))",
                                type,
                                sourceId,
                                targetId)
                        : count("sourceId = ?1 and type = ?2 and targetId = ?3", sourceId, type, targetId))
                .map(count -> count > 0);
    }

    /** The types of the source's relationships in a redundancy group. */
    Uni<List<CiRelationshipType>> groupTypes(UUID sourceId, String group) {
        return find("sourceId = ?1 and redundancyGroup = ?2", sourceId, group)
                .list()
                .map(found ->
                        found.stream().map(CiRelationship::type).distinct().toList());
    }

    /**
     * One page of an item's relationships, newest first, one row long to tell whether more
     * follow: from each end's index in its order (one query per end), merged.
     */
    Uni<List<CiRelationship>> page(
            UUID item, List<CiRelationshipType> types, CiRelationshipDirection direction, PageRequest page) {
        if (direction != null) {
            return end(item, direction, types, page);
        }
        return end(item, CiRelationshipDirection.OUTGOING, types, page)
                .chain(outgoing -> end(item, CiRelationshipDirection.INCOMING, types, page)
                        .map(incoming -> {
                            List<CiRelationship> both = new ArrayList<>(outgoing);
                            both.addAll(incoming);
                            both.sort(NEWEST_FIRST);
                            return both.subList(0, Math.min(both.size(), page.fetchSize()));
                        }));
    }

    private Uni<List<CiRelationship>> end(
            UUID item, CiRelationshipDirection direction, List<CiRelationshipType> types, PageRequest page) {
        StringBuilder query = new StringBuilder(
                direction == CiRelationshipDirection.OUTGOING ? "sourceId = :item" : "targetId = :item");
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
