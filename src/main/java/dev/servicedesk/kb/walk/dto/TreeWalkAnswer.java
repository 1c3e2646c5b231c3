package dev.servicedesk.kb.walk.dto;

import dev.servicedesk.kb.DecisionTree;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The answer (its position, 0 first) to the question {@code nodeId} a walk stands at. */
public record TreeWalkAnswer(
        @NotNull @Pattern(regexp = DecisionTree.NODE_ID) String nodeId,
        @NotNull @Min(0) @Max(9) Integer answer) {}
