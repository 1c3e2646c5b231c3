package dev.servicedesk.cmdb.change;

import dev.servicedesk.common.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ChangeBlackoutRepository implements PanacheRepositoryBase<ChangeBlackout, UUID> {

    /** The windows overlapping {@code from}–{@code to} (either open), by start, one page and one row. */
    Uni<List<ChangeBlackout>> page(Instant from, Instant to, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (from != null) {
            conditions.add("endsAt > :from");
            parameters.and("from", from);
        }
        if (to != null) {
            conditions.add("startsAt < :to");
            parameters.and("to", to);
        }
        page.after().ifPresent(after -> {
            conditions.add("(startsAt, id) > (:afterAt, :afterId)");
            parameters.and("afterAt", after.lastInstant()).and("afterId", after.lastId());
        });
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where + " order by startsAt, id", parameters)
                .range(0, page.fetchSize() - 1)
                .list();
    }

    Uni<List<ChangeBlackout>> overlapping(Instant start, Instant end) {
        return list("startsAt < ?1 and endsAt > ?2 order by startsAt, id", end, start);
    }
}
