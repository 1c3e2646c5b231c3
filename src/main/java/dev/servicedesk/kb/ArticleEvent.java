package dev.servicedesk.kb;

import dev.servicedesk.common.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One step in an article's history: who took it, when, on which language and revision, and why. */
@Entity
@Immutable
@Table(name = "kb_article_event")
public class ArticleEvent {
    @Id
    private UUID id;

    private UUID articleId;

    @Enumerated(EnumType.STRING)
    private ArticleAction action;

    private String language;
    private Integer revision;
    private UUID actorId;
    private Instant at;
    private String reason;

    protected ArticleEvent() {}

    static ArticleEvent of(
            UUID articleId,
            ArticleAction action,
            String language,
            Integer revision,
            UUID actorId,
            Instant at,
            String reason) {
        ArticleEvent event = new ArticleEvent();
        event.id = Ids.newId();
        event.articleId = articleId;
        event.action = action;
        event.language = language;
        event.revision = revision;
        event.actorId = actorId;
        event.at = at;
        event.reason = reason;
        return event;
    }

    public UUID id() {
        return id;
    }

    public ArticleAction action() {
        return action;
    }

    public String language() {
        return language;
    }

    public Integer revision() {
        return revision;
    }

    public UUID actorId() {
        return actorId;
    }

    public Instant at() {
        return at;
    }

    public String reason() {
        return reason;
    }
}
