package dev.servicedesk.kb.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.kb.ArticleMetadata;
import dev.servicedesk.kb.DecisionTree;
import dev.servicedesk.kb.KnownError;
import dev.servicedesk.kb.RevisionState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One revision as it was saved. */
public record RevisionView(
        int number,
        String language,
        RevisionState state,
        String title,
        String summary,
        String body,
        String bodyHtml,
        List<String> keywords,
        KnownError knownError,
        @JsonInclude(JsonInclude.Include.NON_NULL) DecisionTree tree,
        ArticleMetadata metadata,
        UUID authorId,
        Instant createdAt,
        Integer translatedFrom,
        Integer restoredFrom) {}
