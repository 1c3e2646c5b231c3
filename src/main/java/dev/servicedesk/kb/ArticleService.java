package dev.servicedesk.kb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.LanguageTags;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.RecordPatches;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.Person;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.kb.dto.ArticleTranslation;
import dev.servicedesk.kb.dto.NewArticle;
import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Ticket;
import dev.servicedesk.ticket.TicketService;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Writing articles: creating them, editing, translating and restoring, each edit a new revision. */
@ApplicationScoped
public class ArticleService {
    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final ArticleEventRepository history;
    private final PersonService people;
    private final RecordPatches patches;
    private final ArticleContent content;
    private final TicketService tickets;
    private final Clock clock;

    ArticleService(
            ArticleRepository articles,
            RevisionRepository revisions,
            ArticleEventRepository history,
            PersonService people,
            RecordPatches patches,
            ArticleContent content,
            TicketService tickets,
            Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.history = history;
        this.people = people;
        this.patches = patches;
        this.content = content;
        this.tickets = tickets;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Written> create(Caller caller, NewArticle request) {
        String language = LanguageTags.canonical("language", request.language());
        ArticleDetails details = patches.validated(new ArticleDetails(
                request.title(),
                request.summary(),
                request.body(),
                Objects.requireNonNullElse(request.category(), Category.OTHER),
                request.tags(),
                request.keywords(),
                Objects.requireNonNullElse(request.visibility(), ArticleVisibility.INTERNAL),
                request.errorCodes(),
                request.knownError(),
                request.tree(),
                request.reviewBy()));
        Instant now = clock.instant();
        return content.require(request.type(), details.visibility(), details.text())
                .chain(() -> sourceTicket(caller, request.sourceTicket()))
                .chain(source -> people.sync(caller)
                        .chain(author -> articles.nextNumber().chain(number -> {
                            Revision first =
                                    Revision.ofSource(Ids.newId(), 1, language, details, null, author.id(), now);
                            Article article = Article.create(first.articleId(), number, request.type(), first, source);
                            return articles.persist(article)
                                    .call(() -> revisions.persist(first))
                                    .call(() -> record(article, ArticleAction.CREATED, first, author, null))
                                    .replaceWith(new Written(article, language));
                        })));
    }

    /** The id of the ticket an article is written from, which the author must see; null for none. */
    private Uni<UUID> sourceTicket(Caller caller, String ref) {
        if (ref == null) {
            return Uni.createFrom().nullItem();
        }
        if (ref.isEmpty() || ref.length() > 64 || ref.indexOf('\u0000') >= 0) {
            return Uni.createFrom().failure(ProblemException.invalid("sourceTicket", "is not a ticket's id or key"));
        }
        return tickets.find(caller, ref)
                .onFailure(NotFoundProblem.class)
                .transform(e -> ProblemException.invalid("sourceTicket", "is not a ticket's id or key"))
                .map(Ticket::id);
    }

    /** A merge patch on the source language's latest revision, saved as its new draft. */
    @WithTransaction
    public Uni<Written> edit(Caller caller, String ref, String ifMatch, JsonNode patch) {
        RecordPatches.requireObject(patch);
        if (patch.isEmpty()) {
            throw ProblemException.invalid("body", "must change at least one field");
        }
        return writable(caller, ref, ifMatch)
                .chain(target -> latest(target.article(), target.article().sourceLanguage())
                        .chain(base -> {
                            Article article = target.article();
                            ArticleDetails before = ArticleDetails.of(base.text(), base.metadata());
                            ArticleDetails edited = patches.revise(
                                    patch.has("tree") ? before.withoutTree() : before, patch, ArticleDetails.class);
                            Revision revision = Revision.ofSource(
                                    article.id(),
                                    article.nextRevision(),
                                    article.sourceLanguage(),
                                    edited,
                                    null,
                                    target.actor().id(),
                                    clock.instant());
                            return content.require(article.type(), edited.visibility(), edited.text())
                                    .chain(() -> saved(target, revision, Set.of(), ArticleAction.REVISED));
                        }));
    }

    /** A translation's new text, saved as the draft in its language. */
    @WithTransaction
    public Uni<Written> translate(
            Caller caller, String ref, String rawLanguage, String ifMatch, ArticleTranslation request) {
        String language = LanguageTags.canonical("language", rawLanguage);
        return writable(caller, ref, ifMatch).chain(target -> {
            Article article = target.article();
            if (article.isSource(language)) {
                throw ProblemException.invalid("language", "is the article's source language: edit it with PATCH");
            }
            ArticleText text = new ArticleText(
                    request.title(),
                    request.summary(),
                    request.body(),
                    ArticleDetails.distinct(request.keywords()),
                    request.knownError(),
                    request.tree());
            int followed = sourceFollowed(article);
            Revision revision = Revision.ofTranslation(
                    article.id(),
                    article.nextRevision(),
                    language,
                    text,
                    followed,
                    null,
                    target.actor().id(),
                    clock.instant());
            return revisions
                    .find(article.id(), followed)
                    .chain(source ->
                            content.requireTranslation(article.type(), article.visibility(), text, source.text()))
                    .chain(() -> saved(target, revision, Set.of(), ArticleAction.TRANSLATED));
        });
    }

    /** An old revision copied into a new one, the draft of its language. */
    @WithTransaction
    public Uni<Written> restore(Caller caller, String ref, int number, String ifMatch) {
        return writable(caller, ref, ifMatch)
                .chain(target -> revisions
                        .find(target.article().id(), number)
                        .onItem()
                        .ifNull()
                        .failWith(() -> new NotFoundProblem("revision", number))
                        .chain(old -> {
                            Article article = target.article();
                            int next = article.nextRevision();
                            Instant now = clock.instant();
                            Revision copy = old.metadata() == null
                                    ? Revision.ofTranslation(
                                            article.id(),
                                            next,
                                            old.language(),
                                            old.text(),
                                            old.translatedFrom(),
                                            number,
                                            target.actor().id(),
                                            now)
                                    : Revision.ofSource(
                                            article.id(),
                                            next,
                                            old.language(),
                                            ArticleDetails.of(old.text(), old.metadata()),
                                            number,
                                            target.actor().id(),
                                            now);
                            return (old.metadata() == null
                                            ? Uni.createFrom().voidItem()
                                            : content.require(
                                                    article.type(),
                                                    old.metadata().visibility(),
                                                    old.text()))
                                    .chain(() -> saved(target, copy, Set.of(old.authorId()), ArticleAction.RESTORED));
                        }));
    }

    /** The article, row-locked for this transaction, and the person acting on it, once the caller's {@code If-Match} holds. */
    record Target(Article article, Person actor) {}

    Uni<Target> writable(Caller caller, String ref, String ifMatch) {
        return people.sync(caller)
                .chain(actor -> articles.byRefLocked(ref).map(article -> {
                    EntityTag.requireVersion(ifMatch, article.version());
                    return new Target(article, actor);
                }));
    }

    Uni<Void> record(Article article, ArticleAction action, Revision revision, Person actor, String reason) {
        return history.persist(ArticleEvent.of(
                        article.id(),
                        action,
                        revision.language(),
                        revision.number(),
                        actor.id(),
                        revision.createdAt(),
                        reason))
                .replaceWithVoid();
    }

    private Uni<Written> saved(Target target, Revision revision, Set<UUID> alsoWrittenBy, ArticleAction action) {
        Article article = target.article();
        article.drafted(revision, alsoWrittenBy);
        return revisions
                .persist(revision)
                .call(() -> record(article, action, revision, target.actor(), null))
                .call(articles::flush)
                .replaceWith(new Written(article, revision.language()));
    }

    /** The latest revision in {@code language}: its draft, else the published one. */
    private Uni<Revision> latest(Article article, String language) {
        LanguageVersion version = article.versionIn(language);
        int number = version.draft() != null
                ? version.draft().revision()
                : version.published().revision();
        return revisions.find(article.id(), number);
    }

    /** The source revision a new translation follows: the published one, else the latest. */
    private static int sourceFollowed(Article article) {
        LanguageVersion source = article.languages().source();
        return source.published() != null
                ? source.published().revision()
                : source.draft().revision();
    }
}
