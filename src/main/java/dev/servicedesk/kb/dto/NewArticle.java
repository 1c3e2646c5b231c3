package dev.servicedesk.kb.dto;

import dev.servicedesk.kb.ArticleType;
import dev.servicedesk.kb.ArticleVisibility;
import dev.servicedesk.kb.DecisionTree;
import dev.servicedesk.kb.KnownError;
import dev.servicedesk.ticket.Category;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A new article as the desk writes it; its fields are checked as {@code ArticleDetails} once defaults apply.
 * {@code sourceTicket} names (by id or key) the ticket it was written from.
 */
public record NewArticle(
        @NotNull ArticleType type,
        @NotNull String language,
        String title,
        String summary,
        String body,
        Category category,
        List<String> tags,
        List<String> keywords,
        ArticleVisibility visibility,
        List<String> errorCodes,
        KnownError knownError,
        DecisionTree tree,
        LocalDate reviewBy,
        String sourceTicket) {}
