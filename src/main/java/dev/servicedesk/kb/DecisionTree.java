package dev.servicedesk.kb;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.ticket.Category;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * A TROUBLESHOOTING article's flow chart: questions whose answers lead to another question or to
 * an outcome. Saved only as a tree ({@link DecisionTrees#problems}): no cycle, no answer leading
 * nowhere, every question reachable, so every walk ends.
 */
public record DecisionTree(
        @NotNull @Pattern(regexp = NODE_ID) String start,
        @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid Node> nodes) {

    static final String NODE_ID = "[a-z0-9][a-z0-9-]{0,39}";

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
