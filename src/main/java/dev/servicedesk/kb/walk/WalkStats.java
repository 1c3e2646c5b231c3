package dev.servicedesk.kb.walk;

import dev.servicedesk.kb.ArticleTrees;
import dev.servicedesk.kb.DecisionTree;
import dev.servicedesk.kb.walk.dto.TreeWalkStats;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where the walks of an article's tree went: per question, reached, and ended solved, not solved or abandoned there. */
@ApplicationScoped
public class WalkStats {
    private static final String PER_NODE = """
            SELECT node,
                   count(*),
                   count(*) FILTER (WHERE w.end_node = node AND w.status = 'SOLVED'),
                   count(*) FILTER (WHERE w.end_node = node AND w.status = 'NOT_SOLVED'),
                   count(*) FILTER (WHERE w.end_node = node AND w.status = 'ABANDONED')
            FROM kb_walk w CROSS JOIN unnest(w.reached) AS node
            WHERE w.article_id = :article
            GROUP BY node""";
    private static final String TOTALS =
            "SELECT count(*), count(*) FILTER (WHERE ended_at IS NULL) FROM kb_walk WHERE article_id = :article";

    private final ArticleTrees trees;

    WalkStats(ArticleTrees trees) {
        this.trees = trees;
    }

    @WithSession
    public Uni<TreeWalkStats> of(String articleRef) {
        return trees.source(articleRef)
                .chain(tree -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(TOTALS, Object[].class)
                                .setParameter("article", tree.articleId())
                                .getSingleResult()
                                .chain(totals -> session.createNativeQuery(PER_NODE, Object[].class)
                                        .setParameter("article", tree.articleId())
                                        .getResultList()
                                        .map(rows -> new TreeWalkStats(
                                                tree.articleId(),
                                                ((Number) totals[0]).longValue(),
                                                ((Number) totals[1]).longValue(),
                                                perNode(tree.tree(), rows))))));
    }

    /** The tree's questions in walk order, then those walked but since removed (their text unknown). */
    private static List<TreeWalkStats.NodeCounts> perNode(DecisionTree tree, List<Object[]> rows) {
        Map<String, Object[]> counted = new LinkedHashMap<>();
        rows.forEach(row -> counted.put((String) row[0], row));
        List<TreeWalkStats.NodeCounts> nodes = new ArrayList<>();
        for (DecisionTree.Node node : tree.inWalkOrder()) {
            nodes.add(counts(node.id(), node.question(), counted.remove(node.id())));
        }
        counted.keySet().stream().sorted().forEach(id -> nodes.add(counts(id, null, counted.get(id))));
        return nodes;
    }

    private static TreeWalkStats.NodeCounts counts(String nodeId, String question, Object[] row) {
        return row == null
                ? new TreeWalkStats.NodeCounts(nodeId, question, 0, 0, 0, 0)
                : new TreeWalkStats.NodeCounts(
                        nodeId, question, count(row[1]), count(row[2]), count(row[3]), count(row[4]));
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
