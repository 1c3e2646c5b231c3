package dev.servicedesk.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.common.FieldError;
import dev.servicedesk.kb.DecisionTree.Answer;
import dev.servicedesk.kb.DecisionTree.Node;
import dev.servicedesk.kb.DecisionTree.Outcome;
import dev.servicedesk.kb.DecisionTree.OutcomeKind;
import dev.servicedesk.ticket.Category;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTreesTest {
    private static final Outcome FIXED = new Outcome(OutcomeKind.SOLUTION, "Switch it on.", null, null);
    private static final Outcome TICKET = new Outcome(OutcomeKind.RAISE_TICKET, null, null, Category.HARDWARE);

    @Test
    void shouldAcceptATreeEveryWalkOfWhichEnds() {
        DecisionTree tree = new DecisionTree(
                "power",
                List.of(
                        node("power", to("yes", "message"), end("no", FIXED)),
                        node("message", end("jam", TICKET), to("other", "cable")),
                        node("cable", end("yes", FIXED), end("no", TICKET))));
        assertThat(DecisionTrees.problems("tree", tree)).isEmpty();
    }

    @Test
    void shouldNameEveryAnswerThatLeadsNowhere() {
        DecisionTree tree = new DecisionTree(
                "start",
                List.of(
                        node("power", to("yes", "gone"), new Answer("both", "power", FIXED)),
                        node("power", end("x", new Outcome(OutcomeKind.ARTICLE, null, null, null)), end("y", FIXED))));
        assertThat(DecisionTrees.problems("tree", tree))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder(
                        "tree.nodes[1].id",
                        "tree.start",
                        "tree.nodes[0].answers[0].next",
                        "tree.nodes[0].answers[1]",
                        "tree.nodes[1].answers[0].outcome.articleId");
    }

    @Test
    void shouldRefuseACycleAndAQuestionNeverReached() {
        DecisionTree cycle = new DecisionTree(
                "a",
                List.of(node("a", to("on", "b"), end("off", FIXED)), node("b", to("again", "a"), end("done", FIXED))));
        assertThat(DecisionTrees.problems("tree", cycle))
                .extracting(FieldError::field)
                .containsExactly("tree");
        DecisionTree orphan = new DecisionTree(
                "a",
                List.of(
                        node("a", end("on", FIXED), end("off", TICKET)),
                        node("lost", end("on", FIXED), end("off", TICKET))));
        assertThat(DecisionTrees.problems("tree", orphan))
                .extracting(FieldError::field)
                .containsExactly("tree.nodes[1]");
    }

    @Test
    void shouldTellATranslationOfTheSameShapeFromAnotherTree() {
        DecisionTree source = new DecisionTree(
                "a",
                List.of(node("a", to("yes", "b"), end("no", FIXED)), node("b", end("yes", FIXED), end("no", TICKET))));
        DecisionTree german = new DecisionTree(
                "a",
                List.of(
                        node(
                                "a",
                                to("ja", "b"),
                                end("nein", new Outcome(OutcomeKind.SOLUTION, "Einschalten.", null, null))),
                        node("b", end("ja", FIXED), end("nein", TICKET))));
        DecisionTree rewired = new DecisionTree(
                "a",
                List.of(
                        node("a", end("ja", FIXED), to("nein", "b")),
                        node("b", end("ja", FIXED), end("nein", TICKET))));
        assertThat(DecisionTrees.sameShape(source, german)).isTrue();
        assertThat(DecisionTrees.sameShape(source, rewired)).isFalse();
    }

    private static Node node(String id, Answer... answers) {
        return new Node(id, "Question " + id + "?", null, List.of(answers));
    }

    private static Answer to(String label, String next) {
        return new Answer(label, next, null);
    }

    private static Answer end(String label, Outcome outcome) {
        return new Answer(label, null, outcome);
    }
}
