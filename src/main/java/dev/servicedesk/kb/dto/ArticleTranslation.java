package dev.servicedesk.kb.dto;

import dev.servicedesk.kb.DecisionTree;
import dev.servicedesk.kb.KnownError;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hibernate.validator.constraints.CodePointLength;

/** An article's text in another language. */
public record ArticleTranslation(
        @NotBlank @CodePointLength(max = 200) String title,
        @CodePointLength(max = 1000) String summary,
        @NotBlank @CodePointLength(max = 200000) String body,
        @Size(max = 50) List<@NotBlank @CodePointLength(max = 100) String> keywords,
        @Valid KnownError knownError,
        @Valid DecisionTree tree) {}
