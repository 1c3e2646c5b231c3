package dev.servicedesk.kb;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.ticket.Category;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * A TROUBLESHOOTING article's flow chart: questions whose answers lead to another question or to
 * an outcome. Saved only as a tree ({@link DecisionTrees#problems}): no cycle, no answer leading
 * nowhere, every question reachable, so every walk ends.
 */
public record DecisionTree(
        @NotNull @Pattern(regexp = NODE_ID) String start,
        @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid Node> nodes) {

    public static final String NODE_ID = "[a-z0-9][a-z0-9-]{0,39}";

    /** The question {@code id}: a saved tree names only questions it has. */
    public Node node(String id) {
        return nodes.stream()
                .filter(node -> node.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No question " + id + " in the tree"));
    }

    /** Every question, breadth first from {@code start}: the order walks meet them. */
    public List<Node> inWalkOrder() {
        Map<String, Node> byId = nodes.stream().collect(Collectors.toMap(Node::id, node -> node, (a, b) -> a));
        List<Node> ordered = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(start));
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            Node node = byId.get(queue.removeFirst());
            ordered.add(node);
            node.answers().stream()
                    .map(Answer::next)
                    .filter(next -> next != null && seen.add(next))
                    .forEach(queue::addLast);
        }
        return ordered;
    }

    /** A question and its answers (yes/no, or several choices). */
    public record Node(
            @NotNull @Pattern(regexp = NODE_ID) String id,
            @NotBlank @CodePointLength(max = 500) String question,
            @CodePointLength(max = 2000) String help,
            @NotNull @Size(min = 2, max = 10) List<@NotNull @Valid Answer> answers) {}

    /** An answer: it leads to the question {@code next}, or ends the walk with {@code outcome}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(
            @NotBlank @CodePointLength(max = 200) String label,
            @Pattern(regexp = NODE_ID) String next,
            @Valid Outcome outcome) {}

    /**
     * How a walk ends: a solution to try ({@code text}), a SOLUTION article to follow ({@code
     * articleId}), or a ticket to raise in {@code category} with the answers given so far.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Outcome(
            @NotNull OutcomeKind kind,
            @CodePointLength(max = 5000) String text,
            UUID articleId,
            Category category) {}

    public enum OutcomeKind {
        SOLUTION,
        ARTICLE,
        RAISE_TICKET
    }
}
