package dev.servicedesk.kb;

import dev.servicedesk.common.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ArticleEventRepository implements PanacheRepositoryBase<ArticleEvent, UUID> {

    /** One page of an article's history, oldest first (ids are time-ordered), one row long to tell whether more follow. */
    Uni<List<ArticleEvent>> page(UUID articleId, PageRequest page) {
        StringBuilder where = new StringBuilder("articleId = :article");
        Parameters parameters = Parameters.with("article", articleId);
        page.after().ifPresent(after -> {
            where.append(" and id > :afterId");
            parameters.and("afterId", after.lastId());
        });
        return find(where + " order by id", parameters)
                .range(0, page.fetchSize() - 1)
                .list();
    }
}
