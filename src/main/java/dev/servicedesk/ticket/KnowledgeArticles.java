package dev.servicedesk.ticket;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** What tickets need of the knowledge base (which implements it): the articles a ticket may be solved with. */
public interface KnowledgeArticles {
    /** Fails with a 400 on {@code articleId} unless it names a published article. */
    Uni<Void> requirePublished(UUID articleId);
}
