package dev.servicedesk.cmdb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.common.DatabaseJson;
import dev.servicedesk.common.LikePattern;
import dev.servicedesk.common.SqlValues;
import dev.servicedesk.common.TextFold;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class CiRepository implements PanacheRepositoryBase<ConfigurationItem, UUID> {

    Uni<Boolean> nameTaken(String name, UUID except) {
        return count("lower(name) = lower(?1) and id <> ?2", name, except).map(count -> count > 0);
    }

    Uni<Boolean> assetTagTaken(String assetTag, UUID except) {
        return count("lower(assetTag) = lower(?1) and id <> ?2", assetTag, except)
                .map(count -> count > 0);
    }

    /** One page of items by name, one row long to tell whether more follow; {@code owner} set for a requester. */
    Uni<List<ConfigurationItem>> page(CiFilter filter, UUID owner) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!filter.types().isEmpty()) {
            conditions.add("type in :types");
            parameters.and("types", filter.types());
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("status in :statuses");
            parameters.and("statuses", filter.statuses());
        }
        if (!filter.environments().isEmpty()) {
            conditions.add("environment in :environments");
            parameters.and("environments", filter.environments());
        }
        if (!filter.criticalities().isEmpty()) {
            conditions.add("criticality in :criticalities");
            parameters.and("criticalities", filter.criticalities());
        }
        if (owner != null) {
            conditions.add("ownerId = :owner");
            parameters.and("owner", owner);
        }
        if (filter.text() != null) {
            conditions.add("searchText like :text " + LikePattern.ESCAPE);
            parameters.and("text", LikePattern.containing(TextFold.of(filter.text())));
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

    Uni<List<CiFacts>> facts(List<UUID> ids) {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select new dev.servicedesk.cmdb.CiFacts(id, type, status, criticality, ownerId)"
                                        + " from ConfigurationItem where id in :ids",
                                CiFacts.class)
                        .setParameter("ids", ids)
                        .getResultList());
    }

    /** An item's name and attributes, read without loading the item into the session. */
    record Attributes(UUID id, String name, JsonNode attributes) {}

    private static final String IN_USE_OF_TYPE = """
            SELECT id, name, CAST(attributes AS text) FROM ci
            WHERE type = :type AND status <> 'RETIRED' AND id > :after
            ORDER BY id LIMIT :limit""";
    private static final UUID BEFORE_ALL = new UUID(0, 0);

    /** The next {@code limit} items of a type that are not retired, by id, after {@code afterId} (null: from the first). */
    Uni<List<Attributes>> inUseOfType(CiType type, UUID afterId, int limit) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(IN_USE_OF_TYPE, Object[].class)
                        .setParameter("type", type.name())
                        .setParameter("after", afterId == null ? BEFORE_ALL : afterId)
                        .setParameter("limit", limit)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new Attributes(
                                SqlValues.uuid(row[0]),
                                (String) row[1],
                                DatabaseJson.read((String) row[2], JsonNode.class)))
                        .toList());
    }
}
