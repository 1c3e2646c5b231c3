package dev.servicedesk.announcement;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class AnnouncementUpdateRepository implements PanacheRepositoryBase<AnnouncementUpdate, UUID> {

    /** The sequence the next entry of the log takes (the announcement's row is locked while it is written). */
    Uni<Integer> nextSequence(UUID announcementId) {
        return count("announcementId", announcementId).map(count -> count.intValue() + 1);
    }

    /** One page of the log, the newest first, one row long to tell whether another follows. */
    Uni<List<AnnouncementUpdate>> page(UUID announcementId, Integer beforeSequence, int fetchSize) {
        String where = beforeSequence == null ? "" : " and sequence < :before";
        Parameters parameters = Parameters.with("announcement", announcementId);
        if (beforeSequence != null) {
            parameters.and("before", beforeSequence);
        }
        return find("announcementId = :announcement" + where + " order by sequence desc", parameters)
                .range(0, fetchSize - 1)
                .list();
    }
}
