package dev.servicedesk.sla;

import dev.servicedesk.common.DatabaseJson;
import dev.servicedesk.common.SessionSql;
import dev.servicedesk.common.SqlArrays;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    private static final String CLAIM_DUE = """
            SELECT id, ticket_id, target, policy_name, calendar_id, target_minutes, started_at, due_at,
                   CAST(rules AS text), CAST(pauses AS text), fired_percent, next_threshold, next_check_at
              FROM sla_clock
             WHERE state = 'RUNNING' AND next_check_at <= $1
             ORDER BY next_check_at LIMIT $2
               FOR UPDATE SKIP LOCKED""";

    /**
     * Up to {@code batch} running clocks whose next threshold has come, locked for this
     * transaction: those another checker holds are skipped, so checkers share the work. Read as
     * plain values, not entities: a batch has nothing for the session to track or flush.
     */
    Uni<List<ClaimedClock>> claimDue(Instant now, int batch) {
        return getSession()
                .chain(session -> SessionSql.select(session, CLAIM_DUE, now.atOffset(ZoneOffset.UTC), batch))
                .map(rows -> rows.stream().map(SlaClockRepository::dueClock).toList());
    }

    private static ClaimedClock dueClock(Object[] row) {
        return new ClaimedClock(
                (UUID) row[0],
                (UUID) row[1],
                SlaTargetKind.valueOf((String) row[2]),
                (String) row[3],
                (UUID) row[4],
                ((Number) row[5]).intValue(),
                instant(row[6]),
                instant(row[7]),
                DatabaseJson.read((String) row[8], ClockRules.class),
                DatabaseJson.read((String) row[9], Pauses.class).movingDue(),
                ((Number) row[10]).intValue(),
                row[11] == null ? null : ((Number) row[11]).intValue(),
                instant(row[12]));
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((OffsetDateTime) value).toInstant();
    }

    /** Stores, in one statement, the thresholds these claimed clocks fired and what each needs next. */
    Uni<Integer> advance(List<ClaimedClock> claimed) {
        return getSession()
                .chain(session -> session.createNativeQuery(ADVANCE)
                        .setParameter(
                                "ids", claimed.stream().map(ClaimedClock::id).toArray(UUID[]::new))
                        .setParameter(
                                "fired",
                                claimed.stream().map(ClaimedClock::firedPercent).toArray(Integer[]::new))
                        .setParameter(
                                "next",
                                claimed.stream()
                                        .map(ClaimedClock::nextThreshold)
                                        .toArray(Integer[]::new))
                        .setParameter("checks", SqlArrays.timestamps(claimed, ClaimedClock::nextCheckAt))
                        .executeUpdate());
    }

    /** A ticket's clocks, in target order. */
    Uni<List<SlaClock>> ofTicket(UUID ticketId) {
        return list("ticketId = ?1 order by target", ticketId);
    }
}
