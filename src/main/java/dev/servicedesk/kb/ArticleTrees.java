package dev.servicedesk.kb;

import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/** The decision trees of TROUBLESHOOTING articles, for walks through them. */
@ApplicationScoped
public class ArticleTrees {
    private final ArticleRepository articles;
    private final RevisionRepository revisions;

    ArticleTrees(ArticleRepository articles, RevisionRepository revisions) {
        this.articles = articles;
        this.revisions = revisions;
    }

    /**
     * The published tree a caller walks, in the language {@code acceptLanguage} prefers: a 404 for
     * an article they may not read, a 409 for one that has no tree or is not published.
     */
    public Uni<WalkableTree> toWalk(Caller caller, String ref, String acceptLanguage) {
        return articles.byRef(ref).chain(article -> {
            if (!ArticleActionRules.mayRead(caller.roles(), article)) {
                return Uni.createFrom().failure(new NotFoundProblem("article", ref));
            }
            requireTree(article);
            if (article.status() != ArticleStatus.PUBLISHED) {
                return Uni.createFrom()
                        .failure(new ProblemException(
                                ProblemType.CONFLICT,
                                "The article is " + article.status() + "; only a published tree can be walked."));
            }
            return tree(article, ArticleViews.Choice.of(article, acceptLanguage));
        });
    }

    /** The tree the desk counts walks against: the source language's published one, else its draft. */
    public Uni<WalkableTree> source(String ref) {
        return articles.byRef(ref).chain(article -> {
            requireTree(article);
            return tree(article, ArticleViews.Choice.in(article, article.sourceLanguage()));
        });
    }

    /**
     * The tree a walk goes on along, as revision {@code number} of the article has it: a 409 once
     * the caller may no longer read the article (archived, or made INTERNAL, for a requester). The
     * article is held until the answer commits, so it is not archived in between.
     */
    public Uni<DecisionTree> toWalkOn(Caller caller, UUID articleId, int number) {
        return articles.findById(articleId, LockModeType.PESSIMISTIC_READ).chain(article -> {
            if (!ArticleActionRules.mayRead(caller.roles(), article)) {
                return Uni.createFrom()
                        .failure(new ProblemException(
                                ProblemType.CONFLICT,
                                "The article is no longer published for you to read; the walk cannot go on."));
            }
            return revisions
                    .find(articleId, number)
                    .map(revision -> revision.text().tree());
        });
    }

    /** The id of the article {@code ref} names (its UUID or key); a 404 when there is none the caller may read. */
    @WithSession
    public Uni<UUID> idOf(Caller caller, String ref) {
        return articles.byRef(ref).map(article -> {
            if (!ArticleActionRules.mayRead(caller.roles(), article)) {
                throw new NotFoundProblem("article", ref);
            }
            return article.id();
        });
    }

    private Uni<WalkableTree> tree(Article article, ArticleViews.Choice choice) {
        return revisions
                .find(article.id(), choice.revision())
                .map(revision -> new WalkableTree(
                        article.id(),
                        article.key(),
                        revision.text().title(),
                        revision.number(),
                        revision.language(),
                        revision.text().tree()));
    }

    private static void requireTree(Article article) {
        if (article.type() != ArticleType.TROUBLESHOOTING) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The article is a " + article.type() + "; only TROUBLESHOOTING articles hold a decision tree.");
        }
    }
}
