package dev.servicedesk.kb;

import dev.servicedesk.common.ProblemException;
import dev.servicedesk.ticket.KnowledgeArticles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The articles a ticket may be solved with: published ones, whoever may read them. */
@ApplicationScoped
class TicketKnowledge implements KnowledgeArticles {
    private final ArticleRepository articles;

    TicketKnowledge(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public Uni<Void> requirePublished(UUID articleId) {
        return articles.findById(articleId)
                .invoke(article -> {
                    if (article == null || article.status() != ArticleStatus.PUBLISHED) {
                        throw ProblemException.invalid("articleId", "must name a published knowledge base article");
                    }
                })
                .replaceWithVoid();
    }
}
