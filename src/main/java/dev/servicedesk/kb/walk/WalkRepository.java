package dev.servicedesk.kb.walk;

import dev.servicedesk.common.Ids;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.SqlValues;
import dev.servicedesk.kb.walk.dto.TreeWalkStats;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class WalkRepository implements PanacheRepositoryBase<Walk, UUID> {

    /** The walk {@code ref} names, null when it names none. */
    Uni<Walk> byRef(String ref) {
        return Ids.parse(ref)
                .map(this::findById)
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    /** As {@link #byRef}, row-locked for this transaction. */
    Uni<Walk> byRefLocked(String ref) {
        return Ids.parse(ref)
                .map(id -> findById(id, LockModeType.PESSIMISTIC_WRITE))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    /** One page of walks, newest first (ids are time-ordered), one row long to tell whether more follow. */
    Uni<List<Walk>> page(UUID ticketId, UUID articleId, Boolean open, UUID walkerId, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (ticketId != null) {
            conditions.add("ticketId = :ticket");
            parameters.and("ticket", ticketId);
        }
        if (articleId != null) {
            conditions.add("articleId = :article");
            parameters.and("article", articleId);
        }
        if (open != null) {
            conditions.add(open ? "endedAt is null" : "endedAt is not null");
        }
        if (walkerId != null) {
            conditions.add("walkerId = :walker");
            parameters.and("walker", walkerId);
        }
        page.after().ifPresent(after -> {
            conditions.add("id < :afterId");
            parameters.and("afterId", after.lastId());
        });
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return find("from Walk" + where + " order by id desc", parameters)
                .range(0, page.fetchSize() - 1)
                .list();
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

    /** How many walks of an article there are, and how many of them are still open. */
    record Totals(long walks, long open) {}

    Uni<Totals> totals(UUID articleId) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT count(*), count(*) FILTER (WHERE ended_at IS NULL) FROM kb_walk"
                                        + " WHERE article_id = :article",
                                Object[].class)
                        .setParameter("article", articleId)
                        .getSingleResult())
                .map(row -> new Totals(SqlValues.count(row[0]), SqlValues.count(row[1])));
    }

    /** Per question of an article's walks: how many reached it, and how many ended there each way. */
    Uni<Map<String, TreeWalkStats.NodeCounts>> countsPerNode(UUID articleId) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                SELECT node,
                                       count(*),
                                       count(*) FILTER (WHERE w.end_node = node AND w.status = 'SOLVED'),
                                       count(*) FILTER (WHERE w.end_node = node AND w.status = 'NOT_SOLVED'),
                                       count(*) FILTER (WHERE w.end_node = node AND w.status = 'ABANDONED'),
                                       count(*) FILTER (WHERE w.end_node = node AND w.status = 'UNCONFIRMED')
                                FROM kb_walk w CROSS JOIN unnest(w.reached) AS node
                                WHERE w.article_id = :article
                                GROUP BY node""", Object[].class)
                        .setParameter("article", articleId)
                        .getResultList())
                .map(rows -> rows.stream()
                        .collect(Collectors.toMap(
                                row -> (String) row[0],
                                row -> new TreeWalkStats.NodeCounts(
                                        (String) row[0],
                                        null,
                                        SqlValues.count(row[1]),
                                        SqlValues.count(row[2]),
                                        SqlValues.count(row[3]),
                                        SqlValues.count(row[4]),
                                        SqlValues.count(row[5])))));
    }
}
