package dev.servicedesk.kb;

import dev.servicedesk.kb.dto.ArticleActions;
import dev.servicedesk.kb.dto.ArticleUsage;
import dev.servicedesk.kb.dto.ArticleView;
import java.time.Instant;
import java.util.List;

/** An article's API view for one reader: requesters see published languages only, and no draft. */
final class ArticleViewer {
    private ArticleViewer() {}

    static ArticleView view(
            Article article, LanguageVersion shown, Revision revision, ArticleUsage usage, ArticleReader reader) {
        ArticleText text = revision.text();
        LanguageVersion.Published published =
                shown.published() != null && shown.published().revision() == revision.number()
                        ? shown.published()
                        : null;
        ArticleActions actions = reader.desk()
                ? ArticleActionRules.of(reader.roles(), reader.personId(), shown, article.archivedAt() != null)
                : ArticleActions.NONE;
        return new ArticleView(
                article.id(),
                article.key(),
                article.type(),
                article.status(),
                article.sourceLanguage(),
                shown.language(),
                revision.number(),
                text.title(),
                text.summary(),
                text.body(),
                Markdown.toSafeHtml(text.body()),
                text.keywords(),
                text.knownError(),
                text.tree(),
                article.category(),
                article.tags(),
                article.visibility(),
                article.errorCodes(),
                article.reviewBy(),
                languages(article, reader),
                reader.desk() ? draft(shown) : null,
                article.authorId(),
                reader.desk() ? article.sourceTicketId() : null,
                article.createdAt(),
                updatedAt(article, published, reader),
                published == null ? null : published.at(),
                published == null ? null : published.approvedById(),
                article.archivedAt(),
                usage,
                actions);
    }

    /** For the desk, when anything in the article last changed; for requesters, when what they read was published. */
    static Instant updatedAt(Article article, LanguageVersion.Published published, ArticleReader reader) {
        return reader.desk() || published == null ? article.updatedAt() : published.at();
    }

    private static List<ArticleView.Language> languages(Article article, ArticleReader reader) {
        Languages languages = article.languages();
        return languages.versions().stream()
                .filter(version -> reader.desk() || version.published() != null)
                .map(version -> {
                    LanguageVersion.Draft draft = reader.desk() ? version.draft() : null;
                    return new ArticleView.Language(
                            version.language(),
                            article.isSource(version.language()),
                            version.published() == null
                                    ? null
                                    : version.published().revision(),
                            draft == null ? null : draft.revision(),
                            draft == null ? null : draft.status(),
                            reader.desk() ? version.translatedFrom() : null,
                            languages.outdated(version));
                })
                .toList();
    }

    private static ArticleView.Draft draft(LanguageVersion shown) {
        LanguageVersion.Draft draft = shown.draft();
        if (draft == null) {
            return null;
        }
        LanguageVersion.Rejection rejection = draft.lastRejection();
        return new ArticleView.Draft(
                draft.revision(),
                shown.language(),
                draft.status(),
                draft.authorId(),
                draft.createdAt(),
                draft.submittedById(),
                draft.submittedAt(),
                rejection == null
                        ? null
                        : new ArticleView.Rejection(
                                rejection.reason(), rejection.rejectedById(), rejection.rejectedAt()));
    }
}
