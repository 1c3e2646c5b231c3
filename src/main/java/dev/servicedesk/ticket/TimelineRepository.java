package dev.servicedesk.ticket;

import dev.servicedesk.common.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, UUID> {

    /** One page of a ticket's entries, oldest first, one row long to tell whether more follow. */
    Uni<List<TimelineEntry>> page(UUID ticketId, boolean includeInternal, PageRequest page) {
        StringBuilder query = new StringBuilder("ticketId = :ticketId");
        Parameters parameters = Parameters.with("ticketId", ticketId);
        if (!includeInternal) {
            query.append(" and visibility = :visibility");
            parameters.and("visibility", Visibility.PUBLIC);
        }
        page.after().ifPresent(after -> {
            query.append(" and (createdAt > :afterCreatedAt or (createdAt = :afterCreatedAt and id > :afterId))");
            parameters.and("afterCreatedAt", after.lastInstant()).and("afterId", after.lastId());
        });
        return find(query + " order by createdAt, id", parameters)
                .range(0, page.fetchSize() - 1)
                .list();
    }
}
