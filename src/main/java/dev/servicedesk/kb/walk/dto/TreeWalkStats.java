package dev.servicedesk.kb.walk.dto;

import java.util.List;
import java.util.UUID;

/** Where the walks of an article's tree went, per question. */
public record TreeWalkStats(UUID articleId, long walks, long open, List<NodeCounts> nodes) {
    public record NodeCounts(
            String nodeId,
            String question,
            long reached,
            long solved,
            long notSolved,
            long abandoned,
            long unconfirmed) {
        public NodeCounts asked(String text) {
            return new NodeCounts(nodeId, text, reached, solved, notSolved, abandoned, unconfirmed);
        }

        public static NodeCounts none(String nodeId, String question) {
            return new NodeCounts(nodeId, question, 0, 0, 0, 0, 0);
        }
    }
}
