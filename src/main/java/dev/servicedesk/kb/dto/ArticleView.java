package dev.servicedesk.kb.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.kb.ArticleStatus;
import dev.servicedesk.kb.ArticleType;
import dev.servicedesk.kb.ArticleVisibility;
import dev.servicedesk.kb.DecisionTree;
import dev.servicedesk.kb.DraftStatus;
import dev.servicedesk.kb.KnownError;
import dev.servicedesk.ticket.Category;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An article as one caller reads it, in one language. */
public record ArticleView(
        UUID id,
        String key,
        ArticleType type,
        ArticleStatus status,
        String sourceLanguage,
        String language,
        int revision,
        String title,
        String summary,
        String body,
        String bodyHtml,
        List<String> keywords,
        KnownError knownError,
        @JsonInclude(JsonInclude.Include.NON_NULL) DecisionTree tree,
        Category category,
        List<String> tags,
        ArticleVisibility visibility,
        List<String> errorCodes,
        LocalDate reviewBy,
        List<Language> languages,
        Draft draft,
        UUID authorId,
        UUID sourceTicketId,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        UUID publishedById,
        Instant archivedAt,
        ArticleUsage usage,
        ArticleActions allowedActions) {

    /** One language of the article and where it stands. */
    public record Language(
            String language,
            boolean source,
            Integer publishedRevision,
            Integer draftRevision,
            DraftStatus draftStatus,
            Integer translatedFrom,
            boolean outdated) {}

    /** The draft waiting in the language shown. */
    public record Draft(
            int revision,
            String language,
            DraftStatus status,
            UUID authorId,
            Instant createdAt,
            UUID submittedById,
            Instant submittedAt,
            Rejection lastRejection) {}

    public record Rejection(String reason, UUID rejectedById, Instant rejectedAt) {}
}
