package dev.servicedesk.event;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<StoredEvent, UUID> {

    /** Placed events after a position, in commit order, one more than the limit to tell whether more follow. */
    public Uni<List<StoredEvent>> after(EventFilter filter) {
        StringBuilder query = new StringBuilder("commitPosition > :after");
        Parameters parameters = Parameters.with("after", filter.afterPosition());
        if (!filter.types().isEmpty()) {
            query.append(" and type in :types");
            parameters.and(
                    "types", filter.types().stream().map(EventType::wireName).toList());
        }
        if (filter.subjectType() != null) {
            query.append(" and subjectType = :subjectType");
            parameters.and("subjectType", filter.subjectType().wireName());
        }
        if (!filter.withWebhooks()) {
            query.append(" and subjectType <> :webhook");
            parameters.and("webhook", SubjectType.WEBHOOK.wireName());
        }
        if (filter.subjectId() != null) {
            query.append(" and subjectId = :subjectId");
            parameters.and("subjectId", filter.subjectId());
        }
        return find(query + " order by commitPosition", parameters)
                .range(0, filter.limit())
                .list();
    }
}
