package dev.servicedesk.kb;

import dev.servicedesk.common.Ids;
import dev.servicedesk.ticket.Category;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One revision of an article in one language, never changed once saved (the database refuses).
 * A source-language revision also holds the article's metadata; a translation's holds text only.
 */
@Entity
@Immutable
@Table(name = "kb_revision")
public class Revision {
    @Id
    private UUID id;

    private UUID articleId;
    private int number;
    private String language;
    private String title;
    private String summary;
    private String body;
    private String[] keywords;

    @JdbcTypeCode(SqlTypes.JSON)
    private KnownError knownError;

    @JdbcTypeCode(SqlTypes.JSON)
    private DecisionTree tree;

    @Enumerated(EnumType.STRING)
    private Category category;

    private String[] tags;

    @Enumerated(EnumType.STRING)
    private ArticleVisibility visibility;

    private String[] errorCodes;
    private LocalDate reviewBy;
    private Integer translatedFrom;
    private Integer restoredFrom;
    private UUID authorId;
    private Instant createdAt;

    protected Revision() {}

    /** A source-language revision: its text and the article's metadata. */
    static Revision ofSource(
            UUID articleId,
            int number,
            String language,
            ArticleDetails details,
            Integer restoredFrom,
            UUID authorId,
            Instant at) {
        Revision revision = text(articleId, number, language, details.text(), authorId, at);
        ArticleMetadata metadata = details.metadata();
        revision.category = metadata.category();
        revision.tags = metadata.tags().toArray(String[]::new);
        revision.visibility = metadata.visibility();
        revision.errorCodes = metadata.errorCodes().toArray(String[]::new);
        revision.reviewBy = metadata.reviewBy();
        revision.restoredFrom = restoredFrom;
        return revision;
    }

    /** A translation's revision, following source revision {@code translatedFrom}. */
    static Revision ofTranslation(
            UUID articleId,
            int number,
            String language,
            ArticleText text,
            int translatedFrom,
            Integer restoredFrom,
            UUID authorId,
            Instant at) {
        Revision revision = text(articleId, number, language, text, authorId, at);
        revision.translatedFrom = translatedFrom;
        revision.restoredFrom = restoredFrom;
        return revision;
    }

    private static Revision text(
            UUID articleId, int number, String language, ArticleText text, UUID authorId, Instant at) {
        Revision revision = new Revision();
        revision.id = Ids.newId();
        revision.articleId = articleId;
        revision.number = number;
        revision.language = language;
        revision.title = text.title();
        revision.summary = text.summary();
        revision.body = text.body();
        revision.keywords = text.keywords().toArray(String[]::new);
        revision.knownError = text.knownError();
        revision.tree = text.tree();
        revision.authorId = authorId;
        revision.createdAt = at;
        return revision;
    }

    public UUID articleId() {
        return articleId;
    }

    public int number() {
        return number;
    }

    public String language() {
        return language;
    }

    public ArticleText text() {
        return new ArticleText(title, summary, body, List.of(keywords), knownError, tree);
    }

    /** The article's metadata as this revision has it; null for a translation's. */
    public ArticleMetadata metadata() {
        return visibility == null
                ? null
                : new ArticleMetadata(category, List.of(tags), visibility, List.of(errorCodes), reviewBy);
    }

    public Integer translatedFrom() {
        return translatedFrom;
    }

    public Integer restoredFrom() {
        return restoredFrom;
    }

    public UUID authorId() {
        return authorId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
