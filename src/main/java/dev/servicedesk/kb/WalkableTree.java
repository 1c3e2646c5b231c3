package dev.servicedesk.kb;

import java.util.UUID;

/** A troubleshooting article's decision tree as one revision in one language has it, to walk or to count walks on. */
public record WalkableTree(
        UUID articleId, String articleKey, String title, int revision, String language, DecisionTree tree) {}
