package dev.servicedesk.kb;

import dev.servicedesk.common.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class RevisionRepository implements PanacheRepositoryBase<Revision, UUID> {

    Uni<Revision> find(UUID articleId, int number) {
        return find("articleId = ?1 and number = ?2", articleId, number).firstResult();
    }

    /** The revisions {@code numbers} of each article in {@code articleIds} (for a list's shown revisions). */
    Uni<List<Revision>> findAll(Collection<UUID> articleIds, Collection<Integer> numbers) {
        if (articleIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list(
                "articleId in :articles and number in :numbers",
                Parameters.with("articles", articleIds).and("numbers", numbers));
    }

    /** One page of an article's revisions, newest first, one row long to tell whether more follow. */
    Uni<List<Revision>> page(UUID articleId, String language, PageRequest page) {
        StringBuilder where = new StringBuilder("articleId = :article");
        Parameters parameters = Parameters.with("article", articleId);
        if (language != null) {
            where.append(" and language = :language");
            parameters.and("language", language);
        }
        page.after().ifPresent(after -> {
            where.append(" and number < :afterNumber");
            parameters.and("afterNumber", Integer.parseInt(after.lastValue()));
        });
        return find(where + " order by number desc", parameters)
                .range(0, page.fetchSize() - 1)
                .list();
    }
}
