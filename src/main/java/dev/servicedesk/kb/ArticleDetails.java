package dev.servicedesk.kb;

import dev.servicedesk.ticket.Category;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * An article as its source language has it: its text and what it says about the article. What a
 * create sets and a merge patch edits; lists keep their first occurrence of each value.
 */
public record ArticleDetails(
        @NotBlank @CodePointLength(max = 200) String title,
        @CodePointLength(max = 1000) String summary,
        @NotBlank @CodePointLength(max = 200000) String body,
        @NotNull Category category,

        @NotNull @Size(max = 20)
        List<@NotNull @CodePointLength(min = 1, max = 50) @Pattern(regexp = "[^\\s,]+") String> tags,

        @NotNull @Size(max = 50) List<@NotBlank @CodePointLength(max = 100) String> keywords,
        @NotNull ArticleVisibility visibility,
        @NotNull @Size(max = 50) List<@NotBlank @CodePointLength(max = 200) String> errorCodes,
        @Valid KnownError knownError,
        @Valid DecisionTree tree,
        LocalDate reviewBy) {

    public ArticleDetails {
        tags = distinct(tags);
        keywords = distinct(keywords);
        errorCodes = distinct(errorCodes);
    }

    static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }

    /** These details with no tree: a patch's tree then replaces the old one whole instead of merging into it. */
    ArticleDetails withoutTree() {
        return new ArticleDetails(
                title, summary, body, category, tags, keywords, visibility, errorCodes, knownError, null, reviewBy);
    }

    ArticleText text() {
        return new ArticleText(title, summary, body, keywords, knownError, tree);
    }

    ArticleMetadata metadata() {
        return new ArticleMetadata(category, tags, visibility, errorCodes, reviewBy);
    }

    static ArticleDetails of(ArticleText text, ArticleMetadata metadata) {
        return new ArticleDetails(
                text.title(),
                text.summary(),
                text.body(),
                metadata.category(),
                metadata.tags(),
                text.keywords(),
                metadata.visibility(),
                metadata.errorCodes(),
                text.knownError(),
                text.tree(),
                metadata.reviewBy());
    }
}
