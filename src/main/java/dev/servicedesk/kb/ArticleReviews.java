package dev.servicedesk.kb;

import dev.servicedesk.audit.AuditAction;
import dev.servicedesk.audit.AuditResourceType;
import dev.servicedesk.audit.AuditTrail;
import dev.servicedesk.common.LanguageTags;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.event.DomainEvents;
import dev.servicedesk.event.EventType;
import dev.servicedesk.event.NewEvent;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.ticket.Category;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The review: a draft is submitted, then approved (published) or sent back by a supervisor or an
 * admin who wrote none of it; an article is archived. Each step is kept in the article's history.
 */
@ApplicationScoped
public class ArticleReviews {
    private final ArticleService writer;
    private final RevisionRepository revisions;
    private final ArticleEventRepository history;
    private final ArticleRepository articles;
    private final SearchIndex search;
    private final ArticleContent content;
    private final DomainEvents events;
    private final Clock clock;
    private final AuditTrail audit;

    ArticleReviews(
            ArticleService writer,
            RevisionRepository revisions,
            ArticleEventRepository history,
            ArticleRepository articles,
            SearchIndex search,
            ArticleContent content,
            DomainEvents events,
            Clock clock,
            AuditTrail audit) {
        this.writer = writer;
        this.revisions = revisions;
        this.history = history;
        this.articles = articles;
        this.search = search;
        this.content = content;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<Written> submit(Caller caller, String ref, String rawLanguage, String ifMatch) {
        Instant now = clock.instant();
        return writer.writable(caller, ref, ifMatch).chain(target -> {
            Article article = target.article();
            String language = languageOf(article, rawLanguage);
            article.submit(language, target.actor().id(), now);
            return recorded(article, ArticleAction.SUBMITTED, language, target, now, null);
        });
    }

    @WithTransaction
    public Uni<Written> approve(Caller caller, String ref, String rawLanguage, String ifMatch) {
        Instant now = clock.instant();
        return writer.writable(caller, ref, ifMatch).chain(target -> {
            Article article = target.article();
            String language = languageOf(article, rawLanguage);
            LanguageVersion.Draft draft = article.versionIn(language).draft();
            int number = draft == null ? 0 : draft.revision();
            ReviewState before = ReviewState.of(article, language);
            return revisions.find(article.id(), number).chain(revision -> {
                boolean wasPublic = article.isPublic();
                article.approve(language, revision, target.actor().id(), now);
                return content.requireTargetsStill(
                                article.visibility(), revision.text().tree())
                        .call(() -> wasPublic && !article.isPublic()
                                ? noTreeLeadsTo(article, true, "making it INTERNAL")
                                : Uni.createFrom().voidItem())
                        .chain(() -> recorded(article, ArticleAction.APPROVED, language, target, now, null))
                        .call(() -> audit.record(
                                AuditResourceType.KB_ARTICLE,
                                article.id(),
                                AuditAction.APPROVED,
                                before,
                                ReviewState.of(article, language)))
                        .call(written -> search.reindex(written.article()))
                        .call(() -> events.record(new NewEvent(
                                EventType.ARTICLE_PUBLISHED,
                                article.id(),
                                target.actor().id(),
                                now,
                                ArticlePublished.of(article, revision))));
            });
        });
    }

    @WithTransaction
    public Uni<Written> reject(Caller caller, String ref, String rawLanguage, String reason, String ifMatch) {
        Instant now = clock.instant();
        return writer.writable(caller, ref, ifMatch).chain(target -> {
            Article article = target.article();
            String language = languageOf(article, rawLanguage);
            ReviewState before = ReviewState.of(article, language);
            article.reject(language, reason.strip(), target.actor().id(), now);
            return recorded(article, ArticleAction.REJECTED, language, target, now, reason.strip())
                    .call(() -> audit.record(
                            AuditResourceType.KB_ARTICLE,
                            article.id(),
                            AuditAction.REJECTED,
                            before,
                            ReviewState.of(article, language)));
        });
    }

    @WithTransaction
    public Uni<Written> archive(Caller caller, String ref, String reason, String ifMatch) {
        Instant now = clock.instant();
        return writer.writable(caller, ref, ifMatch)
                .call(target -> noTreeLeadsTo(target.article(), false, "archiving it"))
                .chain(target -> {
                    Article article = target.article();
                    article.archive(target.actor().id(), now);
                    return history.persist(ArticleEvent.of(
                                    article.id(),
                                    ArticleAction.ARCHIVED,
                                    null,
                                    null,
                                    target.actor().id(),
                                    now,
                                    reason))
                            .call(articles::flush)
                            .call(() -> search.reindex(article))
                            .replaceWith(new Written(article, article.sourceLanguage()));
                });
    }

    /**
     * What the audit trail keeps of a review: where the language's draft and published revision
     * stand, and what a published revision sets on the whole article.
     */
    record ReviewState(
            ArticleStatus status,
            ArticleVisibility visibility,
            Category category,
            List<String> tags,
            LanguageVersion language) {
        static ReviewState of(Article article, String language) {
            return new ReviewState(
                    article.status(),
                    article.visibility(),
                    article.category(),
                    article.tags(),
                    article.versionIn(language));
        }
    }

    private Uni<Written> recorded(
            Article article,
            ArticleAction action,
            String language,
            ArticleService.Target target,
            Instant now,
            String reason) {
        LanguageVersion version = article.versionIn(language);
        Integer revision = version.draft() != null
                ? Integer.valueOf(version.draft().revision())
                : version.published() == null ? null : version.published().revision();
        return history.persist(ArticleEvent.of(
                        article.id(), action, language, revision, target.actor().id(), now, reason))
                .call(articles::flush)
                .replaceWith(new Written(article, language));
    }

    /** The language asked for (canonical), else the source; 409 when the article has nothing there. */
    private static String languageOf(Article article, String raw) {
        String language = raw == null ? article.sourceLanguage() : LanguageTags.canonical("language", raw);
        article.versionIn(language);
        return language;
    }

    /**
     * A 409 while the published decision tree of another article (a PUBLIC one, when {@code
     * publicOnly}) leads to {@code article}: the trees change first.
     */
    private Uni<Void> noTreeLeadsTo(Article article, boolean publicOnly, String change) {
        return articles.treesLeadingTo(article.id(), publicOnly)
                .invoke(trees -> {
                    if (!trees.isEmpty()) {
                        throw new ProblemException(
                                ProblemType.CONFLICT,
                                "The decision trees of "
                                        + String.join(
                                                ", ",
                                                trees.stream()
                                                        .map(ArticleKeys::of)
                                                        .toList())
                                        + " lead to this article; change them before " + change + ".");
                    }
                })
                .replaceWithVoid();
    }
}
