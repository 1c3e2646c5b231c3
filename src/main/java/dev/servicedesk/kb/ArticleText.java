package dev.servicedesk.kb;

import java.util.List;

/** An article's text in one language, with its decision tree if it is a TROUBLESHOOTING article. */
public record ArticleText(
        String title, String summary, String body, List<String> keywords, KnownError knownError, DecisionTree tree) {}
