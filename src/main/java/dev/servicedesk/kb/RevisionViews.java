package dev.servicedesk.kb;

import dev.servicedesk.kb.dto.RevisionSummary;
import dev.servicedesk.kb.dto.RevisionView;

/** Revisions as the desk reads them, each with where it stands in its language. */
final class RevisionViews {
    private RevisionViews() {}

    static RevisionSummary summary(Article article, Revision revision) {
        return new RevisionSummary(
                revision.number(),
                revision.language(),
                state(article, revision),
                revision.text().title(),
                revision.authorId(),
                revision.createdAt(),
                revision.translatedFrom(),
                revision.restoredFrom());
    }

    static RevisionView full(Article article, Revision revision) {
        ArticleText text = revision.text();
        return new RevisionView(
                revision.number(),
                revision.language(),
                state(article, revision),
                text.title(),
                text.summary(),
                text.body(),
                Markdown.toSafeHtml(text.body()),
                text.keywords(),
                text.knownError(),
                text.tree(),
                revision.metadata(),
                revision.authorId(),
                revision.createdAt(),
                revision.translatedFrom(),
                revision.restoredFrom());
    }

    static RevisionState state(Article article, Revision revision) {
        return article.languages()
                .find(revision.language())
                .map(version -> {
                    if (version.published() != null && version.published().revision() == revision.number()) {
                        return RevisionState.PUBLISHED;
                    }
                    if (version.draft() != null && version.draft().revision() == revision.number()) {
                        return version.draft().status() == DraftStatus.IN_REVIEW
                                ? RevisionState.IN_REVIEW
                                : RevisionState.DRAFT;
                    }
                    return RevisionState.SUPERSEDED;
                })
                .orElse(RevisionState.SUPERSEDED);
    }
}
