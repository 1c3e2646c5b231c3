package dev.servicedesk.kb.walk;

import dev.servicedesk.kb.DecisionTree;
import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.StepTried;
import java.util.List;
import java.util.UUID;

/**
 * Where a walk's answers led. To raise a ticket, it carries the questions and answers as the
 * ticket's steps tried: the last {@link #STEPS_A_TICKET_TAKES}, as many as a ticket takes.
 */
public record WalkOutcome(
        DecisionTree.OutcomeKind kind, String text, UUID articleId, Category category, List<StepTried> stepsTried) {
    static final int STEPS_A_TICKET_TAKES = 50;

    static WalkOutcome of(DecisionTree.Outcome outcome, WalkPath path) {
        List<StepTried> steps = outcome.kind() == DecisionTree.OutcomeKind.RAISE_TICKET
                ? path.steps().stream()
                        .skip(Math.max(0, path.steps().size() - STEPS_A_TICKET_TAKES))
                        .map(step -> new StepTried(step.question(), step.label()))
                        .toList()
                : List.of();
        return new WalkOutcome(outcome.kind(), outcome.text(), outcome.articleId(), outcome.category(), steps);
    }
}
