package dev.servicedesk.sla;

import dev.servicedesk.common.DatabaseJson;
import dev.servicedesk.common.SessionSql;
import dev.servicedesk.common.SqlArrays;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class SlaClockRepository implements PanacheRepositoryBase<SlaClock, UUID> {

    private static final String ADVANCE = """
            UPDATE sla_clock c
               SET fired_percent = a.fired_percent, next_threshold = a.next_threshold,
                   next_check_at = a.next_check_at, version = c.version + 1
              FROM unnest(CAST($1 AS uuid[]), CAST($2 AS integer[]), CAST($3 AS integer[]),
                          CAST(CAST($4 AS text[]) AS timestamptz[])) AS a(id, fired_percent, next_threshold, next_check_at)
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
                .map(rows -> {
                    ReadOnce json = new ReadOnce();
                    return rows.stream().map(row -> dueClock(row, json)).toList();
                });
    }

    /**
     * A batch's rules and pauses, each read once however many of its clocks hold the same text: the
     * clocks of one policy store the same rules, and most clocks were never paused.
     */
    private static final class ReadOnce {
        private final Map<String, ClockRules> rules = new HashMap<>();
        private final Map<String, Duration> movingDue = new HashMap<>();

        ClockRules rules(String json) {
            return rules.computeIfAbsent(json, text -> DatabaseJson.read(text, ClockRules.class));
        }

        Duration movingDue(String json) {
            return movingDue.computeIfAbsent(
                    json, text -> DatabaseJson.read(text, Pauses.class).movingDue());
        }
    }

    private static ClaimedClock dueClock(Object[] row, ReadOnce json) {
        return new ClaimedClock(
                (UUID) row[0],
                (UUID) row[1],
                SlaTargetKind.valueOf((String) row[2]),
                (String) row[3],
                (UUID) row[4],
                ((Number) row[5]).intValue(),
                instant(row[6]),
                instant(row[7]),
                json.rules((String) row[8]),
                json.movingDue((String) row[9]),
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
                .chain(session -> SessionSql.execute(
                        session,
                        ADVANCE,
                        claimed.stream().map(ClaimedClock::id).toArray(UUID[]::new),
                        claimed.stream().map(ClaimedClock::firedPercent).toArray(Integer[]::new),
                        claimed.stream().map(ClaimedClock::nextThreshold).toArray(Integer[]::new),
                        SqlArrays.timestamps(claimed, ClaimedClock::nextCheckAt)));
    }

    /** A ticket's clocks, in target order. */
    Uni<List<SlaClock>> ofTicket(UUID ticketId) {
        return list("ticketId = ?1 order by target", ticketId);
    }
}
