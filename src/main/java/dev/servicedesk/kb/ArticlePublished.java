package dev.servicedesk.kb;

import java.util.UUID;

/** The payload of {@code article.published}: the article and the revision now published in a language. */
record ArticlePublished(PublishedArticle article, String language, int revision, String title) {

    /** The contract's EventArticle. */
    record PublishedArticle(
            UUID id, String key, ArticleType type, ArticleVisibility visibility, String sourceLanguage) {}

    static ArticlePublished of(Article article, Revision revision) {
        return new ArticlePublished(
                new PublishedArticle(
                        article.id(), article.key(), article.type(), article.visibility(), article.sourceLanguage()),
                revision.language(),
                revision.number(),
                revision.text().title());
    }
}
