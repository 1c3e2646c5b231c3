package dev.servicedesk.kb;

import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.ticket.Category;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A knowledge base article: where each of its languages stands in the review (draft, in review,
 * published), what readers filter it by, and whether it is archived. Its text is in its
 * {@link Revision}s. Every change here moves its version, the ETag the desk edits against.
 */
@Entity
@Table(name = "kb_article")
public class Article {
    @Id
    private UUID id;

    private long number;

    @Enumerated(EnumType.STRING)
    private ArticleType type;

    private String sourceLanguage;

    @Enumerated(EnumType.STRING)
    private ArticleStatus status;

    @Enumerated(EnumType.STRING)
    private Category category;

    private String[] tags;

    @Enumerated(EnumType.STRING)
    private ArticleVisibility visibility;

    private String[] errorCodes;
    private LocalDate reviewBy;

    @JdbcTypeCode(SqlTypes.JSON)
    private Languages languages;

    private String[] languageTags;
    private String[] outdatedLanguages;

    private int lastRevision;
    private UUID authorId;
    private Instant createdAt;
    private UUID sourceTicketId;
    private Instant updatedAt;
    private Instant archivedAt;
    private UUID archivedById;

    @Version
    private long version;

    protected Article() {}

    /** A new article whose first revision, {@code first}, is its draft. */
    static Article create(UUID id, long number, ArticleType type, Revision first, UUID sourceTicketId) {
        Article article = new Article();
        article.id = id;
        article.sourceTicketId = sourceTicketId;
        article.number = number;
        article.type = type;
        article.sourceLanguage = first.language();
        article.authorId = first.authorId();
        article.createdAt = first.createdAt();
        article.languages = Languages.of(new LanguageVersion(first.language(), null, null));
        article.drafted(first);
        return article;
    }

    /** The number the next revision gets. */
    int nextRevision() {
        return lastRevision + 1;
    }

    /**
     * {@code revision} becomes the draft of its language: a draft under review goes back to DRAFT,
     * and its writers (who may not approve it) now include the revision's author.
     */
    void drafted(Revision revision) {
        drafted(revision, Set.of());
    }

    /** As {@link #drafted(Revision)}, for a revision whose text {@code alsoWrittenBy} wrote too. */
    void drafted(Revision revision, Set<UUID> alsoWrittenBy) {
        LanguageVersion current = languages
                .find(revision.language())
                .orElseGet(() -> new LanguageVersion(revision.language(), null, null));
        languages = languages.with(current.redrafted(revision, alsoWrittenBy));
        lastRevision = revision.number();
        if (isSource(revision.language()) && languages.source().published() == null) {
            show(revision.metadata());
        }
        changed(revision.createdAt());
    }

    void submit(String language, UUID actorId, Instant now) {
        languages = languages.with(versionIn(language).submitted(actorId, now));
        changed(now);
    }

    /**
     * Publishes the draft under review in {@code language}, which is {@code revision}; publishing
     * the source brings an archived article back.
     */
    void approve(String language, Revision revision, UUID actorId, Instant now) {
        LanguageVersion version = versionIn(language);
        if (!isSource(language) && languages.source().published() == null) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "A translation is published once the source (" + sourceLanguage + ") is.");
        }
        languages = languages.with(version.publishedBy(actorId, now));
        if (isSource(language)) {
            show(revision.metadata());
            archivedAt = null;
            archivedById = null;
        }
        changed(now);
    }

    void reject(String language, String reason, UUID actorId, Instant now) {
        languages = languages.with(versionIn(language).rejected(reason, actorId, now));
        changed(now);
    }

    void archive(UUID actorId, Instant now) {
        if (archivedAt != null) {
            throw new ProblemException(ProblemType.CONFLICT, "The article is already archived.");
        }
        archivedAt = now;
        archivedById = actorId;
        languages = languages.withdrawn();
        changed(now);
    }

    /** The version in {@code language}; a 409 when the article has none there. */
    LanguageVersion versionIn(String language) {
        return languages
                .find(language)
                .orElseThrow(() ->
                        new ProblemException(ProblemType.CONFLICT, "The article has nothing in " + language + "."));
    }

    boolean isSource(String language) {
        return sourceLanguage.equals(language);
    }

    private void show(ArticleMetadata metadata) {
        category = metadata.category();
        tags = metadata.tags().toArray(String[]::new);
        visibility = metadata.visibility();
        errorCodes = metadata.errorCodes().toArray(String[]::new);
        reviewBy = metadata.reviewBy();
    }

    private void changed(Instant at) {
        updatedAt = at;
        languageTags =
                languages.versions().stream().map(LanguageVersion::language).toArray(String[]::new);
        outdatedLanguages = languages.versions().stream()
                .filter(languages::outdated)
                .map(LanguageVersion::language)
                .toArray(String[]::new);
        LanguageVersion source = languages.source();
        if (archivedAt != null) {
            status = ArticleStatus.ARCHIVED;
        } else if (source.published() != null) {
            status = ArticleStatus.PUBLISHED;
        } else if (source.draft() != null && source.draft().status() == DraftStatus.IN_REVIEW) {
            status = ArticleStatus.IN_REVIEW;
        } else {
            status = ArticleStatus.DRAFT;
        }
    }

    /** Whether a requester may read it: published, not archived, for self-service. */
    boolean isPublic() {
        return status == ArticleStatus.PUBLISHED && visibility == ArticleVisibility.PUBLIC;
    }

    public UUID id() {
        return id;
    }

    public long number() {
        return number;
    }

    public String key() {
        return ArticleKeys.PREFIX + number;
    }

    public ArticleType type() {
        return type;
    }

    public String sourceLanguage() {
        return sourceLanguage;
    }

    public ArticleStatus status() {
        return status;
    }

    public Category category() {
        return category;
    }

    public List<String> tags() {
        return List.of(tags);
    }

    public ArticleVisibility visibility() {
        return visibility;
    }

    public List<String> errorCodes() {
        return List.of(errorCodes);
    }

    public LocalDate reviewBy() {
        return reviewBy;
    }

    public Languages languages() {
        return languages;
    }

    public UUID authorId() {
        return authorId;
    }

    /** The ticket the article was written from, if any. */
    public UUID sourceTicketId() {
        return sourceTicketId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant archivedAt() {
        return archivedAt;
    }

    public long version() {
        return version;
    }
}
