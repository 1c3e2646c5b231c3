package dev.servicedesk.kb.walk;

import dev.servicedesk.common.Ids;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class WalkRepository implements PanacheRepositoryBase<Walk, UUID> {

    /** The walk {@code ref} names, null when it names none. */
    Uni<Walk> byRef(String ref, boolean forChange) {
        return Ids.parse(ref)
                .map(id -> forChange ? findById(id, LockModeType.PESSIMISTIC_WRITE) : findById(id))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    /**
     * Claims up to {@code batch} open walks untouched since {@code cutoff} for this transaction:
     * rows another replica has claimed are skipped, so each is ended once.
     */
    Uni<List<Walk>> claimIdleSince(Instant cutoff, int batch) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT * FROM kb_walk WHERE ended_at IS NULL AND updated_at <= :cutoff"
                                        + " ORDER BY updated_at LIMIT :batch FOR UPDATE SKIP LOCKED",
                                Walk.class)
                        .setParameter("cutoff", cutoff)
                        .setParameter("batch", batch)
                        .getResultList());
    }
}
