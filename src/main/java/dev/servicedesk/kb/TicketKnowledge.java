package dev.servicedesk.kb;

import dev.servicedesk.common.ProblemException;
import dev.servicedesk.ticket.KnowledgeArticles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/** The articles a ticket may be solved with: published ones, whoever may read them. */
@ApplicationScoped
class TicketKnowledge implements KnowledgeArticles {
    private final ArticleRepository articles;

    TicketKnowledge(ArticleRepository articles) {
        this.articles = articles;
    }

    /** Holds the article (FOR SHARE) until the ticket commits, so it cannot be archived in between. */
    @Override
    public Uni<Void> requirePublished(UUID articleId) {
        return articles.findById(articleId, LockModeType.PESSIMISTIC_READ)
                .invoke(article -> {
                    if (article == null || article.status() != ArticleStatus.PUBLISHED) {
                        throw ProblemException.invalid("articleId", "must name a published knowledge base article");
                    }
                })
                .replaceWithVoid();
    }
}
