package dev.servicedesk.kb.walk;

import dev.servicedesk.kb.ArticleTrees;
import dev.servicedesk.kb.DecisionTree;
import dev.servicedesk.kb.walk.dto.TreeWalkStats;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Where the walks of an article's tree went: per question, reached, and how many ended there each way. */
@ApplicationScoped
public class WalkStats {
    private final ArticleTrees trees;
    private final WalkRepository walks;

    WalkStats(ArticleTrees trees, WalkRepository walks) {
        this.trees = trees;
        this.walks = walks;
    }

    @WithSession
    public Uni<TreeWalkStats> of(String articleRef) {
        return trees.source(articleRef)
                .chain(tree -> walks.totals(tree.articleId())
                        .chain(totals -> walks.countsPerNode(tree.articleId())
                                .map(counted -> new TreeWalkStats(
                                        tree.articleId(),
                                        totals.walks(),
                                        totals.open(),
                                        perNode(tree.tree(), counted)))));
    }

    /** The tree's questions in walk order, then those walked but since removed (their text unknown). */
    private static List<TreeWalkStats.NodeCounts> perNode(
            DecisionTree tree, Map<String, TreeWalkStats.NodeCounts> counted) {
        Map<String, TreeWalkStats.NodeCounts> removed = new TreeMap<>(counted);
        List<TreeWalkStats.NodeCounts> nodes = new ArrayList<>();
        for (DecisionTree.Node node : tree.inWalkOrder()) {
            TreeWalkStats.NodeCounts counts = removed.remove(node.id());
            nodes.add(
                    counts == null
                            ? TreeWalkStats.NodeCounts.none(node.id(), node.question())
                            : counts.asked(node.question()));
        }
        nodes.addAll(removed.values());
        return nodes;
    }
}
