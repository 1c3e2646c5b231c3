package dev.servicedesk.kb.walk;

import java.util.List;

/** A walk told in words for a ticket's timeline: each question and answer, the outcome and how it ended. */
final class WalkTranscript {
    private WalkTranscript() {}

    static String of(Walk walk) {
        StringBuilder text = new StringBuilder()
                .append("Walked ")
                .append(walk.articleKey())
                .append(" \"")
                .append(walk.title())
                .append("\" (revision ")
                .append(walk.revision())
                .append(", ")
                .append(walk.language())
                .append("):");
        List<WalkStep> steps = walk.path();
        for (int i = 0; i < steps.size(); i++) {
            WalkStep step = steps.get(i);
            text.append('\n')
                    .append(i + 1)
                    .append(". ")
                    .append(step.question())
                    .append(" → ")
                    .append(step.label());
        }
        if (walk.outcome() != null) {
            text.append("\nOutcome: ").append(outcome(walk.outcome()));
        } else if (walk.question() != null) {
            text.append("\nStopped at: ").append(walk.question().question());
        }
        return text.append("\nResult: ").append(walk.status()).toString();
    }

    private static String outcome(WalkOutcome outcome) {
        return switch (outcome.kind()) {
            case SOLUTION -> "try this: " + outcome.text();
            case ARTICLE -> "follow article " + outcome.articleId();
            case RAISE_TICKET -> "raise a ticket in " + outcome.category();
        };
    }
}
