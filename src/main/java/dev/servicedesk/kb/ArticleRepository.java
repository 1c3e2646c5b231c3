package dev.servicedesk.kb;

import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /** The next article number, unique under concurrency (a rolled-back create leaves a gap). */
    Uni<Long> nextNumber() {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select cast(function('nextval', 'kb_article_number') as Long)", Long.class)
                        .getSingleResult());
    }

    /**
     * The numbers of the articles not archived whose published decision tree (in any language)
     * has an ARTICLE outcome leading to {@code target}; PUBLIC articles only when {@code publicOnly}.
     */
    Uni<List<Long>> treesLeadingTo(UUID target, boolean publicOnly) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                SELECT DISTINCT a.number FROM kb_article a JOIN kb_revision r ON r.article_id = a.id
                                WHERE a.type = 'TROUBLESHOOTING' AND a.archived_at IS NULL AND a.id <> :target
                                  AND (a.visibility = 'PUBLIC' OR NOT :publicOnly)
                                  AND r.number IN (SELECT (v -> 'published' ->> 'revision')::int
                                                   FROM jsonb_array_elements(a.languages -> 'versions') AS v)
                                  AND jsonb_path_exists(r.tree, '$.nodes[*].answers[*].outcome.articleId ? (@ == $id)',
                                                        jsonb_build_object('id', CAST(:targetText AS text)))
                                ORDER BY a.number""", Long.class)
                        .setParameter("target", target)
                        .setParameter("targetText", target.toString())
                        .setParameter("publicOnly", publicOnly)
                        .getResultList());
    }

    /** The articles {@code ids} names, held (FOR SHARE) until this transaction ends: none changes meanwhile. */
    Uni<List<Article>> holdAll(Collection<UUID> ids) {
        return find("id in ?1", ids).withLock(LockModeType.PESSIMISTIC_READ).list();
    }

    /** The article a path names by its id or its key ({@code KB-1042}); a 404 when there is none. */
    Uni<Article> byRef(String ref) {
        return byRef(ref, LockModeType.NONE);
    }

    /**
     * As {@link #byRef}, row-locked for this transaction: the changes of one article (and the
     * checks they make of the articles around it) follow each other.
     */
    Uni<Article> byRefLocked(String ref) {
        return byRef(ref, LockModeType.PESSIMISTIC_WRITE);
    }

    private Uni<Article> byRef(String ref, LockModeType lock) {
        Uni<Article> found = Ids.parse(ref)
                .map(id -> findById(id, lock))
                .orElseGet(() -> ArticleKeys.number(ref).stream()
                        .mapToObj(
                                number -> find("number", number).withLock(lock).firstResult())
                        .findFirst()
                        .orElseGet(() -> Uni.createFrom().nullItem()));
        return found.onItem().ifNull().failWith(() -> new NotFoundProblem("article", ref));
    }

    /** One page of articles, newest first, one row long to tell whether more follow. */
    Uni<List<Article>> page(ArticleFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.readersOnly()) {
            conditions.add("status = :published and visibility = :public");
            parameters.and("published", ArticleStatus.PUBLISHED).and("public", ArticleVisibility.PUBLIC);
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("status in :statuses");
            parameters.and("statuses", filter.statuses());
        }
        if (!filter.types().isEmpty()) {
            conditions.add("type in :types");
            parameters.and("types", filter.types());
        }
        if (filter.category() != null) {
            conditions.add("category = :category");
            parameters.and("category", filter.category());
        }
        if (filter.tag() != null) {
            conditions.add("array_position(tags, :tag) > 0"); // HQL's array_position answers 0 when absent
            parameters.and("tag", filter.tag());
        }
        if (filter.visibility() != null) {
            conditions.add("visibility = :visibility");
            parameters.and("visibility", filter.visibility());
        }
        if (filter.reviewDueOn() != null) {
            conditions.add("status = :due and reviewBy < :today");
            parameters.and("due", ArticleStatus.PUBLISHED).and("today", filter.reviewDueOn());
        }
        if (filter.missingTranslation() != null) {
            conditions.add("array_position(languageTags, :missing) = 0");
            parameters.and("missing", filter.missingTranslation());
        }
        if (filter.outdatedTranslation() != null) {
            conditions.add("array_position(outdatedLanguages, :outdated) > 0");
            parameters.and("outdated", filter.outdatedTranslation());
        }
        filter.page().after().ifPresent(after -> {
            conditions.add("number < :afterNumber");
            parameters.and("afterNumber", Long.parseLong(after.lastValue()));
        });
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where + " order by number desc", parameters)
                .range(0, filter.page().fetchSize() - 1)
                .list();
    }
}
