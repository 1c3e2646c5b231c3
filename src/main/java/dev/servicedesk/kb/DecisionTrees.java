package dev.servicedesk.kb;

import dev.servicedesk.common.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What makes a decision tree a tree a walk can follow to its end: unique question ids, a start
 * that exists, each answer leading either to an existing question or to a complete outcome, no
 * cycle, and no question that the start never reaches. A translation's tree has its source's
 * shape: the same questions, answers and outcomes, in other words.
 */
public final class DecisionTrees {
    private DecisionTrees() {}

    /** Everything wrong with {@code tree}, each error naming where (empty when it is a tree). */
    public static List<FieldError> problems(String field, DecisionTree tree) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, DecisionTree.Node> byId = new HashMap<>();
        for (int i = 0; i < tree.nodes().size(); i++) {
            DecisionTree.Node node = tree.nodes().get(i);
            if (byId.putIfAbsent(node.id(), node) != null) {
                errors.add(new FieldError(field + ".nodes[" + i + "].id", "repeats the question id " + node.id()));
            }
        }
        if (!byId.containsKey(tree.start())) {
            errors.add(new FieldError(field + ".start", "names no question"));
        }
        for (int i = 0; i < tree.nodes().size(); i++) {
            List<DecisionTree.Answer> answers = tree.nodes().get(i).answers();
            for (int j = 0; j < answers.size(); j++) {
                answer(errors, field + ".nodes[" + i + "].answers[" + j + "]", answers.get(j), byId);
            }
        }
        if (errors.isEmpty()) {
            shape(errors, field, tree, byId);
        }
        return errors;
    }

    /** The articles the tree's outcomes send a caller to. */
    public static Set<UUID> articles(DecisionTree tree) {
        Set<UUID> ids = new HashSet<>();
        tree.nodes()
                .forEach(node -> node.answers().forEach(answer -> {
                    if (answer.outcome() != null && answer.outcome().articleId() != null) {
                        ids.add(answer.outcome().articleId());
                    }
                }));
        return ids;
    }

    /** Whether {@code translation} asks the same questions with the same answers leading the same way as {@code source}. */
    public static boolean sameShape(DecisionTree source, DecisionTree translation) {
        if (!source.start().equals(translation.start())
                || source.nodes().size() != translation.nodes().size()) {
            return false;
        }
        for (int i = 0; i < source.nodes().size(); i++) {
            DecisionTree.Node a = source.nodes().get(i);
            DecisionTree.Node b = translation.nodes().get(i);
            if (!a.id().equals(b.id()) || a.answers().size() != b.answers().size()) {
                return false;
            }
            for (int j = 0; j < a.answers().size(); j++) {
                if (!sameWay(a.answers().get(j), b.answers().get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean sameWay(DecisionTree.Answer a, DecisionTree.Answer b) {
        if (a.next() != null || b.next() != null) {
            return a.next() != null && a.next().equals(b.next());
        }
        DecisionTree.Outcome x = a.outcome();
        DecisionTree.Outcome y = b.outcome();
        return x.kind() == y.kind() && Objects.equals(x.articleId(), y.articleId()) && x.category() == y.category();
    }

    private static void answer(
            List<FieldError> errors, String where, DecisionTree.Answer answer, Map<String, DecisionTree.Node> byId) {
        if ((answer.next() == null) == (answer.outcome() == null)) {
            errors.add(new FieldError(where, "must lead to either a next question or an outcome"));
            return;
        }
        if (answer.next() != null) {
            if (!byId.containsKey(answer.next())) {
                errors.add(new FieldError(where + ".next", "names no question"));
            }
            return;
        }
        DecisionTree.Outcome outcome = answer.outcome();
        DecisionTree.OutcomeKind kind = outcome.kind();
        String text = outcome.text() == null || outcome.text().isBlank() ? null : outcome.text();
        outcomeField(errors, where, "text", text, kind == DecisionTree.OutcomeKind.SOLUTION, kind);
        outcomeField(errors, where, "articleId", outcome.articleId(), kind == DecisionTree.OutcomeKind.ARTICLE, kind);
        outcomeField(
                errors, where, "category", outcome.category(), kind == DecisionTree.OutcomeKind.RAISE_TICKET, kind);
    }

    /** Each outcome carries exactly its kind's field. */
    private static void outcomeField(
            List<FieldError> errors,
            String where,
            String field,
            Object value,
            boolean belongs,
            DecisionTree.OutcomeKind kind) {
        if (belongs && value == null) {
            errors.add(new FieldError(where + ".outcome." + field, "is required for a " + kind + " outcome"));
        } else if (!belongs && value != null) {
            errors.add(new FieldError(where + ".outcome." + field, "is not part of a " + kind + " outcome"));
        }
    }

    /** No cycle, and every question reached from the start: walked depth first, keeping the path. */
    private static void shape(
            List<FieldError> errors, String field, DecisionTree tree, Map<String, DecisionTree.Node> byId) {
        Set<String> done = new HashSet<>();
        Set<String> onPath = new HashSet<>();
        if (cycleFrom(tree.start(), byId, done, onPath)) {
            errors.add(new FieldError(field, "has a cycle: a walk could go round forever"));
            return;
        }
        for (int i = 0; i < tree.nodes().size(); i++) {
            if (!done.contains(tree.nodes().get(i).id())) {
                errors.add(new FieldError(field + ".nodes[" + i + "]", "is never reached from the start"));
            }
        }
    }

    private static boolean cycleFrom(
            String id, Map<String, DecisionTree.Node> byId, Set<String> done, Set<String> onPath) {
        if (onPath.contains(id)) {
            return true;
        }
        if (!done.add(id)) {
            return false;
        }
        onPath.add(id);
        for (DecisionTree.Answer answer : byId.get(id).answers()) {
            if (answer.next() != null && cycleFrom(answer.next(), byId, done, onPath)) {
                return true;
            }
        }
        onPath.remove(id);
        return false;
    }
}
