package dev.servicedesk.cmdb.impact;

import dev.servicedesk.cmdb.CiCriticality;
import dev.servicedesk.cmdb.CiRelationshipType;
import dev.servicedesk.cmdb.CiStatus;
import dev.servicedesk.cmdb.CiType;
import dev.servicedesk.common.SessionSql;
import dev.servicedesk.common.SqlValues;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The relationship graph read for impact analysis: one recursive walk, then what it reached. */
@ApplicationScoped
class CiGraphRepository {

    /** Which way a walk goes: to what needs the items reached so far, or to what they need. */
    enum Direction {
        /**
         * To the consumers: what fails with a provider. A consumer of a redundancy group fails
         * only once every provider of the group that is not RETIRED has.
         */
        CONSUMERS("""
                SELECT r.source_id AS id, r.type, r.redundancy_group AS grp FROM ci_relationship r
                WHERE r.target_id = ANY (w.frontier) AND r.type IN ('DEPENDS_ON', 'RUNS_ON', 'USES')
                UNION ALL
                SELECT r.target_id, r.type, NULL FROM ci_relationship r
                WHERE r.source_id = ANY (w.frontier) AND r.type = 'PART_OF'""", """
                (near.grp IS NULL OR NOT EXISTS (
                    SELECT 1 FROM ci_relationship g JOIN ci p ON p.id = g.target_id
                    WHERE g.source_id = near.id AND g.type = near.type AND g.redundancy_group = near.grp
                      AND p.status <> 'RETIRED' AND g.target_id <> ALL (w.reached)))"""),
        /** To the providers: what a consumer needs. */
        PROVIDERS("""
                SELECT r.target_id AS id, r.type, NULL AS grp FROM ci_relationship r
                WHERE r.source_id = ANY (w.frontier) AND r.type IN ('DEPENDS_ON', 'RUNS_ON', 'USES')
                UNION ALL
                SELECT r.source_id, r.type, NULL FROM ci_relationship r
                WHERE r.target_id = ANY (w.frontier) AND r.type = 'PART_OF'""", "true");

        private final String neighbours;
        private final String reachable;

        Direction(String neighbours, String reachable) {
            this.neighbours = neighbours;
            this.reachable = reachable;
        }
    }

    /**
     * Breadth first, one row per step: the items first reached at that step (the frontier) and
     * every item reached so far, so that each is reached once however many paths or cycles
     * lead to it. RETIRED items are not walked.
     */
    private static final String WALK = """
            WITH RECURSIVE walk(step, frontier, reached) AS (
                SELECT 0, CAST($1 AS uuid[]), CAST($1 AS uuid[])
              UNION ALL
                SELECT w.step + 1, next.ids, w.reached || next.ids
                FROM walk w
                CROSS JOIN LATERAL (
                    SELECT array_agg(DISTINCT near.id) AS ids
                    FROM (%s) near
                    JOIN ci ON ci.id = near.id AND ci.status <> 'RETIRED'
                    WHERE NOT EXISTS (SELECT 1 FROM unnest(w.reached) AS seen(id) WHERE seen.id = near.id)
                      AND %s
                ) next
                WHERE w.step < $2 AND next.ids IS NOT NULL
            )
            SELECT item, step FROM walk, unnest(frontier) AS item WHERE step > 0""";

    /** Every item reached from the {@code roots} within {@code depth} steps (roots not among them), with the step. */
    Uni<Map<UUID, Integer>> walk(Collection<UUID> roots, int depth, Direction direction) {
        return select(WALK.formatted(direction.neighbours, direction.reachable), roots.toArray(UUID[]::new), depth)
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> SqlValues.uuid(row[0]), row ->
                        (int) SqlValues.count(row[1]))));
    }

    private static final String NEEDS_FROM = """
            SELECT n.id, n.type, n.consumer, n.provider, n.redundancy_group
            FROM (
                SELECT r.id, r.type, r.source_id AS consumer, r.target_id AS provider, r.redundancy_group
                FROM ci_relationship r
                WHERE r.target_id = ANY ($1) AND r.type IN ('DEPENDS_ON', 'RUNS_ON', 'USES')
              UNION ALL
                SELECT r.id, r.type, r.target_id, r.source_id, NULL
                FROM ci_relationship r
                WHERE r.source_id = ANY ($1) AND r.type = 'PART_OF'
            ) n""";

    /** Every need on the {@code providers}: what fails or degrades with them (RETIRED consumers among them). */
    Uni<List<Need>> needsFrom(Collection<UUID> providers) {
        return rows(NEEDS_FROM, providers, CiGraphRepository::need);
    }

    private static final String NEEDS = """
            SELECT n.id, n.type, n.consumer, n.provider, n.redundancy_group
            FROM (
                SELECT r.id, r.type, r.source_id AS consumer, r.target_id AS provider, r.redundancy_group
                FROM ci_relationship r
                WHERE r.source_id = ANY ($1) AND r.type IN ('DEPENDS_ON', 'RUNS_ON', 'USES')
              UNION ALL
                SELECT r.id, r.type, r.target_id, r.source_id, NULL
                FROM ci_relationship r
                WHERE r.target_id = ANY ($1) AND r.type = 'PART_OF'
            ) n""";

    /** Every need of the {@code consumers}: what each of them needs, its stand-ins included. */
    Uni<List<Need>> needsOf(Collection<UUID> consumers) {
        return rows(NEEDS, consumers, CiGraphRepository::need);
    }

    private static Need need(Object[] row) {
        return new Need(
                SqlValues.uuid(row[0]),
                CiRelationshipType.valueOf((String) row[1]),
                SqlValues.uuid(row[2]),
                SqlValues.uuid(row[3]),
                (String) row[4]);
    }

    /** An item as the graph shows it. */
    record Node(UUID id, String name, CiType type, CiStatus status, CiCriticality criticality, UUID ownerId) {}

    private static final String NODES =
            "SELECT id, name, type, status, criticality, owner_id FROM ci WHERE id = ANY ($1)";

    Uni<List<Node>> nodes(Collection<UUID> ids) {
        return rows(
                NODES,
                ids,
                row -> new Node(
                        SqlValues.uuid(row[0]),
                        (String) row[1],
                        CiType.valueOf((String) row[2]),
                        CiStatus.valueOf((String) row[3]),
                        CiCriticality.valueOf((String) row[4]),
                        SqlValues.uuid(row[5])));
    }

    /** An open incident naming an item, with how many do. */
    record OpenIncident(
            UUID ciId, long count, UUID id, String key, String type, String status, String priority, String subject) {}

    private static final String OPEN_INCIDENTS = """
            SELECT ci_id, total, id, ticket_key, type, status, priority, subject FROM (
                SELECT named.ci_id, t.id, t.ticket_key, t.type, t.status, t.priority, t.subject,
                       count(*) OVER (PARTITION BY named.ci_id) AS total,
                       row_number() OVER (PARTITION BY named.ci_id ORDER BY t.created_at DESC, t.id DESC) AS newest
                FROM ticket t
                CROSS JOIN LATERAL unnest(t.ci_ids) AS named(ci_id)
                WHERE t.ci_ids && CAST($1 AS uuid[]) AND NOT t.finished AND t.type = 'INCIDENT'
                  AND named.ci_id = ANY ($1)
            ) ranked
            WHERE newest <= 5
            ORDER BY ci_id, newest""";

    /** The five newest open incidents naming each of the items, and how many there are. */
    Uni<List<OpenIncident>> openIncidents(Collection<UUID> ids) {
        return rows(
                OPEN_INCIDENTS,
                ids,
                row -> new OpenIncident(
                        SqlValues.uuid(row[0]),
                        SqlValues.count(row[1]),
                        SqlValues.uuid(row[2]),
                        (String) row[3],
                        (String) row[4],
                        (String) row[5],
                        (String) row[6],
                        (String) row[7]));
    }

    /** A change request not yet done on an item, with how many there are. */
    record OpenChange(UUID ciId, long count, ChangeRef change) {}

    private static final String OPEN_CHANGES = """
            SELECT ci_id, total, id, change_key, title, status, window_start, window_end FROM (
                SELECT named.ci_id, c.id, c.change_key, c.title, c.status,
                       coalesce(c.scheduled_start, c.planned_start) AS window_start,
                       coalesce(c.scheduled_end, c.planned_end) AS window_end,
                       count(*) OVER (PARTITION BY named.ci_id) AS total,
                       row_number() OVER (PARTITION BY named.ci_id
                                          ORDER BY coalesce(c.scheduled_start, c.planned_start), c.id) AS next
                FROM change_request c
                CROSS JOIN LATERAL unnest(c.ci_ids) AS named(ci_id)
                WHERE c.ci_ids && CAST($1 AS uuid[])
                  AND c.status IN ('SUBMITTED', 'ASSESSED', 'APPROVED', 'SCHEDULED', 'IMPLEMENTED')
                  AND named.ci_id = ANY ($1)
            ) ranked
            WHERE next <= 5
            ORDER BY ci_id, next""";

    /** The five next change requests not yet done on each of the items, and how many there are. */
    Uni<List<OpenChange>> openChanges(Collection<UUID> ids) {
        return rows(
                OPEN_CHANGES,
                ids,
                row -> new OpenChange(
                        SqlValues.uuid(row[0]),
                        SqlValues.count(row[1]),
                        new ChangeRef(
                                SqlValues.uuid(row[2]),
                                (String) row[3],
                                (String) row[4],
                                (String) row[5],
                                SqlValues.instant(row[6]),
                                SqlValues.instant(row[7]))));
    }

    /** Someone an impact reaches. */
    record Person(UUID id, String name, String department) {}

    private static final String PEOPLE = "SELECT id, coalesce(name, email), department FROM person WHERE id = ANY ($1)";

    Uni<List<Person>> people(Collection<UUID> ids) {
        return rows(PEOPLE, ids, row -> new Person(SqlValues.uuid(row[0]), (String) row[1], (String) row[2]));
    }

    private static <T> Uni<List<T>> rows(String sql, Collection<UUID> ids, Function<Object[], T> read) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return select(sql, (Object) ids.toArray(UUID[]::new))
                .map(rows -> rows.stream().map(read).toList());
    }

    /**
     * The rows of a statement, after what the session holds is written: a change being moved reads
     * the graph and the open changes as it now stands.
     */
    private static Uni<List<Object[]>> select(String sql, Object... parameters) {
        return Panache.getSession().chain(session -> SessionSql.selectFlushed(session, sql, parameters));
    }
}
