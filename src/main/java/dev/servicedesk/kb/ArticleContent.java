package dev.servicedesk.kb;

import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What an article's text must hold for its type: a KNOWN_ERROR its description, a TROUBLESHOOTING
 * article a decision tree (a tree a walk can finish, whose ARTICLE outcomes name SOLUTION
 * articles); no other type either. A translation's tree keeps its source's shape.
 */
@ApplicationScoped
class ArticleContent {
    private final ArticleRepository articles;

    ArticleContent(ArticleRepository articles) {
        this.articles = articles;
    }

    /**
     * Fails with a 400 naming each field at fault unless {@code text} fits an article of {@code
     * type} and {@code visibility}: a tree's ARTICLE outcomes name published SOLUTION articles,
     * PUBLIC ones when the tree is for self-service.
     */
    Uni<Void> require(ArticleType type, ArticleVisibility visibility, ArticleText text) {
        List<FieldError> errors = new ArrayList<>();
        fits(errors, "knownError", text.knownError() != null, type == ArticleType.KNOWN_ERROR, "KNOWN_ERROR");
        fits(errors, "tree", text.tree() != null, type == ArticleType.TROUBLESHOOTING, "TROUBLESHOOTING");
        if (text.tree() != null) {
            errors.addAll(DecisionTrees.problems("tree", text.tree()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (text.tree() == null) {
            return Uni.createFrom().voidItem();
        }
        return unusableTargets(visibility, text.tree())
                .invoke(unusable -> {
                    if (!unusable.isEmpty()) {
                        throw ProblemException.invalid(
                                "tree",
                                "an ARTICLE outcome must name a published SOLUTION article (a PUBLIC one in a PUBLIC article)");
                    }
                })
                .replaceWithVoid();
    }

    /**
     * Before {@code tree} is published: a 409 unless every article its ARTICLE outcomes lead to
     * is still a published SOLUTION (PUBLIC for a PUBLIC tree). They are held until the
     * publication commits, so that none is archived or made INTERNAL in between.
     */
    Uni<Void> requireTargetsStill(ArticleVisibility visibility, DecisionTree tree) {
        if (tree == null) {
            return Uni.createFrom().voidItem();
        }
        return unusableTargets(visibility, tree)
                .invoke(unusable -> {
                    if (!unusable.isEmpty()) {
                        throw new ProblemException(
                                ProblemType.CONFLICT,
                                "The tree leads to " + String.join(", ", unusable)
                                        + ", no longer a published SOLUTION article its readers may read; edit the tree.");
                    }
                })
                .replaceWithVoid();
    }

    /** The articles {@code tree}'s ARTICLE outcomes name that it may not lead to (keys, or ids of missing ones). */
    private Uni<List<String>> unusableTargets(ArticleVisibility visibility, DecisionTree tree) {
        Set<UUID> named = DecisionTrees.articles(tree);
        if (named.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return articles.holdAll(named).map(found -> {
            Map<UUID, Article> byId = found.stream().collect(Collectors.toMap(Article::id, article -> article));
            return named.stream()
                    .sorted()
                    .filter(id -> !usable(byId.get(id), visibility))
                    .map(id -> byId.containsKey(id) ? byId.get(id).key() : id.toString())
                    .toList();
        });
    }

    private static boolean usable(Article target, ArticleVisibility treeVisibility) {
        return target != null
                && target.type() == ArticleType.SOLUTION
                && target.status() == ArticleStatus.PUBLISHED
                && (treeVisibility != ArticleVisibility.PUBLIC || target.visibility() == ArticleVisibility.PUBLIC);
    }

    /** As {@link #require}, for a translation, whose tree must have the shape of its source's ({@code source}). */
    Uni<Void> requireTranslation(ArticleType type, ArticleVisibility visibility, ArticleText text, ArticleText source) {
        if (text.tree() != null
                && source.tree() != null
                && !DecisionTrees.sameShape(source.tree(), text.tree())
                && DecisionTrees.problems("tree", text.tree()).isEmpty()) {
            throw ProblemException.invalid(
                    "tree", "must ask the source's questions with the same answers leading the same way");
        }
        return require(type, visibility, text);
    }

    private static void fits(List<FieldError> errors, String field, boolean given, boolean belongs, String type) {
        if (belongs && !given) {
            errors.add(new FieldError(field, "is required for a " + type + " article"));
        } else if (!belongs && given) {
            errors.add(new FieldError(field, "is only for " + type + " articles"));
        }
    }
}
