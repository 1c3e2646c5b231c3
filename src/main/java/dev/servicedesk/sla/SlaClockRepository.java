package dev.servicedesk.sla;

import dev.servicedesk.common.SqlArrays;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class SlaClockRepository implements PanacheRepositoryBase<SlaClock, UUID> {

    private static final String ADVANCE = """
            UPDATE sla_clock c
               SET fired_percent = a.fired_percent, next_threshold = a.next_threshold,
                   next_check_at = a.next_check_at, version = c.version + 1
              FROM unnest(CAST(:ids AS uuid[]), CAST(:fired AS integer[]), CAST(:next AS integer[]),
                          CAST(CAST(:checks AS text[]) AS timestamptz[])) AS a(id, fired_percent, next_threshold, next_check_at)
             WHERE c.id = a.id""";

    /**
     * Up to {@code batch} running clocks whose next threshold has come, locked for this
     * transaction: those another checker holds are skipped, so checkers share the work. They are
     * read-only: {@link #advance} writes what the checker moved on, for all of them at once.
     */
    Uni<List<SlaClock>> claimDue(Instant now, int batch) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT * FROM sla_clock WHERE state = 'RUNNING' AND next_check_at <= :now"
                                        + " ORDER BY next_check_at LIMIT :batch FOR UPDATE SKIP LOCKED",
                                SlaClock.class)
                        .setParameter("now", now)
                        .setParameter("batch", batch)
                        .setReadOnly(true)
                        .getResultList());
    }

    /** Stores, in one statement, the thresholds these claimed clocks fired and what each needs next. */
    Uni<Integer> advance(List<SlaClock> claimed) {
        return getSession()
                .chain(session -> session.createNativeQuery(ADVANCE)
                        .setParameter("ids", claimed.stream().map(SlaClock::id).toArray(UUID[]::new))
                        .setParameter(
                                "fired",
                                claimed.stream().map(SlaClock::firedPercent).toArray(Integer[]::new))
                        .setParameter(
                                "next",
                                claimed.stream().map(SlaClock::nextThreshold).toArray(Integer[]::new))
                        .setParameter("checks", SqlArrays.timestamps(claimed, SlaClock::nextCheckAt))
                        .executeUpdate());
    }

    /** A ticket's clocks, in target order. */
    Uni<List<SlaClock>> ofTicket(UUID ticketId) {
        return list("ticketId = ?1 order by target", ticketId);
    }
}
