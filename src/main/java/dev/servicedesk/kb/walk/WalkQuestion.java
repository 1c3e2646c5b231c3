package dev.servicedesk.kb.walk;

import dev.servicedesk.kb.DecisionTree;
import java.util.List;

/** A question as a walk shows it: answered by the position of one of its answers' labels. */
public record WalkQuestion(String nodeId, String question, String help, List<String> answers) {
    static WalkQuestion of(DecisionTree.Node node) {
        return new WalkQuestion(
                node.id(),
                node.question(),
                node.help(),
                node.answers().stream().map(DecisionTree.Answer::label).toList());
    }
}
