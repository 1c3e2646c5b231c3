package dev.servicedesk.kb.dto;

import dev.servicedesk.kb.ArticleType;
import dev.servicedesk.kb.ArticleVisibility;
import dev.servicedesk.ticket.Category;
import java.util.List;
import java.util.UUID;

/** An article that may solve a ticket, and the article's error codes the ticket names. */
public record ArticleSuggestion(
        UUID id,
        String key,
        ArticleType type,
        String language,
        String title,
        String summary,
        Category category,
        ArticleVisibility visibility,
        float score,
        List<String> matchedErrorCodes) {}
