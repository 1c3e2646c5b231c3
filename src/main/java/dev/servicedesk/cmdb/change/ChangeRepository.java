package dev.servicedesk.cmdb.change;

import dev.servicedesk.common.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ChangeRepository implements PanacheRepositoryBase<ChangeRequest, UUID> {

    Uni<String> nextKey() {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select cast(function('nextval', 'change_number') as Long)", Long.class)
                        .getSingleResult())
                .map(number -> "CHG-" + number);
    }

    /** One page, the newest first, one row long to tell whether another follows. */
    Uni<List<ChangeRequest>> page(List<ChangeStatus> statuses, ChangeType type, UUID ciId, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!statuses.isEmpty()) {
            conditions.add("status in :statuses");
            parameters.and("statuses", statuses);
        }
        if (type != null) {
            conditions.add("type = :type");
            parameters.and("type", type);
        }
        if (ciId != null) {
            conditions.add("array_intersects(ciIds, :ciIds)");
            parameters.and("ciIds", new UUID[] {ciId});
        }
        page.after().ifPresent(after -> {
            conditions.add("(createdAt, id) < (:afterAt, :afterId)");
            parameters.and("afterAt", after.lastInstant()).and("afterId", after.lastId());
        });
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where + " order by createdAt desc, id desc", parameters)
                .range(0, page.fetchSize() - 1)
                .list();
    }

    /** The other changes decided on and not yet done, touching one of {@code items}, whose window overlaps. */
    Uni<List<ChangeRequest>> overlapping(UUID self, Collection<UUID> items, Instant start, Instant end) {
        return list(
                "id <> :self and status in :pending and array_intersects(ciIds, :items)"
                        + " and coalesce(scheduledStart, plannedStart) < :end"
                        + " and coalesce(scheduledEnd, plannedEnd) > :start"
                        + " order by coalesce(scheduledStart, plannedStart), id",
                Parameters.with("self", self)
                        .and("pending", ChangeRules.PENDING)
                        .and("items", items.toArray(UUID[]::new))
                        .and("start", start)
                        .and("end", end));
    }
}
