package dev.servicedesk.webhook;

import dev.servicedesk.common.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    /** A page of webhooks, newest first: everyone's, or only {@code ownerId}'s when given. */
    Uni<List<Webhook>> page(UUID ownerId, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (ownerId != null) {
            query.append(" and ownerId = :owner");
            parameters.and("owner", ownerId);
        }
        page.after().ifPresent(after -> {
            query.append(" and (createdAt, id) < (:afterAt, :afterId)");
            parameters.and("afterAt", after.lastInstant()).and("afterId", after.lastId());
        });
        return find(query + " order by createdAt desc, id desc", parameters)
                .range(0, page.fetchSize() - 1)
                .list();
    }
}
