package dev.servicedesk.kb.dto;

import dev.servicedesk.kb.ArticleStatus;
import dev.servicedesk.kb.ArticleType;
import dev.servicedesk.kb.ArticleVisibility;
import dev.servicedesk.ticket.Category;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a list shows of an article, in one language. */
public record ArticleSummary(
        UUID id,
        String key,
        ArticleType type,
        ArticleStatus status,
        String language,
        int revision,
        String title,
        String summary,
        Category category,
        List<String> tags,
        ArticleVisibility visibility,
        LocalDate reviewBy,
        Instant updatedAt,
        Instant publishedAt) {}
