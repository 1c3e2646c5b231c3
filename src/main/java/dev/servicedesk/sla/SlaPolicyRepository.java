package dev.servicedesk.sla;

import dev.servicedesk.common.PositionOrder;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class SlaPolicyRepository implements PanacheRepositoryBase<SlaPolicy, UUID> {

    Uni<Boolean> nameTaken(String name, UUID except) {
        return count("lower(name) = lower(?1) and id <> ?2", name, except).map(count -> count > 0);
    }

    /** Where a new one goes: {@link PositionOrder#NEXT}. */
    Uni<Integer> nextPosition() {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select " + PositionOrder.NEXT + " from SlaPolicy", Integer.class)
                        .getSingleResult());
    }

    /** One page of policies in the order they are tried, one row long to tell whether more follow. */
    Uni<List<SlaPolicy>> page(PolicyFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.enabled() != null) {
            conditions.add("enabled = :enabled");
            parameters.and("enabled", filter.enabled());
        }
        if (filter.calendarId() != null) {
            conditions.add("calendarId = :calendar");
            parameters.and("calendar", filter.calendarId());
        }
        PositionOrder.continueAfter(filter.page(), conditions, parameters);
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where + " order by position, id", parameters)
                .range(0, filter.page().fetchSize() - 1)
                .list();
    }
}
