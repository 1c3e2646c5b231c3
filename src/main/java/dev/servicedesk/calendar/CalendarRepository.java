package dev.servicedesk.calendar;

import dev.servicedesk.common.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class CalendarRepository implements PanacheRepositoryBase<BusinessCalendar, UUID> {

    Uni<Boolean> nameTaken(String name, UUID except) {
        return count("lower(name) = lower(?1) and id <> ?2", name, except).map(count -> count > 0);
    }

    /** One page of calendars by name, one row long to tell whether more follow. */
    Uni<List<BusinessCalendar>> page(PageRequest page) {
        Parameters parameters = new Parameters();
        String where = page.after()
                .map(after -> {
                    parameters.and("afterName", after.lastValue()).and("afterId", after.lastId());
                    return "(lower(name), id) > (:afterName, :afterId)";
                })
                .orElse("1 = 1");
        return find(where + " order by lower(name), id", parameters)
                .range(0, page.fetchSize() - 1)
                .list();
    }
}
