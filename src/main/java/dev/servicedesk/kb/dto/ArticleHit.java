package dev.servicedesk.kb.dto;

import dev.servicedesk.kb.ArticleType;
import dev.servicedesk.kb.ArticleVisibility;
import dev.servicedesk.ticket.Category;
import java.util.List;
import java.util.UUID;

/** An article a search found, in the language its text matched. */
public record ArticleHit(
        UUID id,
        String key,
        ArticleType type,
        String language,
        String title,
        String summary,
        String snippet,
        Category category,
        List<String> tags,
        ArticleVisibility visibility,
        float score) {}
