package dev.servicedesk.kb;

import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.LanguageTags;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.kb.dto.ArticleEventView;
import dev.servicedesk.kb.dto.ArticleSummary;
import dev.servicedesk.kb.dto.ArticleView;
import dev.servicedesk.kb.dto.RevisionDiff;
import dev.servicedesk.kb.dto.RevisionSummary;
import dev.servicedesk.kb.dto.RevisionView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reading articles: one or a page of them in the language each reader prefers, and, for the desk,
 * their revisions, what differs between two, and their history. Requesters read published PUBLIC
 * articles only; any other is a 404 to them.
 */
@ApplicationScoped
public class ArticleViews {
    static final String ORDER = "kb-newest";
    static final String REVISION_ORDER = "kb-revisions";
    static final String HISTORY_ORDER = "kb-history";

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final ArticleEventRepository history;
    private final PersonService people;
    private final ArticleVotes votes;
    private final ArticleViewCounter reads;

    ArticleViews(
            ArticleRepository articles,
            RevisionRepository revisions,
            ArticleEventRepository history,
            PersonService people,
            ArticleVotes votes,
            ArticleViewCounter reads) {
        this.articles = articles;
        this.revisions = revisions;
        this.history = history;
        this.people = people;
        this.votes = votes;
        this.reads = reads;
    }

    /** An article as shown to one caller, the language shown and its ETag. */
    public record Shown(ArticleView view, String language, String etag) {}

    /** What {@code GET} answers; reading counts as a view. */
    @WithSession
    public Uni<Shown> get(Caller caller, String ref, String acceptLanguage) {
        return readable(caller, ref, acceptLanguage)
                .invoke(shown -> reads.read(shown.view().id()));
    }

    /** The article as {@code GET} shows it to the caller, without counting a view; empty when they may not see it. */
    @WithSession
    public Uni<Optional<Shown>> visible(Caller caller, UUID id, String acceptLanguage) {
        return NotFoundProblem.orEmpty(readable(caller, id.toString(), acceptLanguage));
    }

    private Uni<Shown> readable(Caller caller, String ref, String acceptLanguage) {
        return reader(caller)
                .chain(reader -> articles.byRef(ref).chain(article -> {
                    if (!ArticleActionRules.mayRead(reader.roles(), article)) {
                        return Uni.createFrom().<Shown>failure(new NotFoundProblem("article", ref));
                    }
                    return shown(reader, article, Choice.of(article, acceptLanguage));
                }));
    }

    /** {@code article}, just written in {@code language}, as the desk now reads it there. */
    @WithSession
    public Uni<Shown> show(Caller caller, Article article, String language) {
        return reader(caller).chain(reader -> shown(reader, article, Choice.in(article, language)));
    }

    @WithSession
    public Uni<Page<ArticleSummary>> list(Caller caller, ArticleFilter filter, String acceptLanguage) {
        return reader(caller)
                .chain(reader -> articles.page(filter).chain(rows -> {
                    Map<UUID, Choice> choices = rows.stream()
                            .collect(Collectors.toMap(Article::id, article -> Choice.of(article, acceptLanguage)));
                    return revisions
                            .findAll(
                                    choices.keySet(),
                                    choices.values().stream()
                                            .map(Choice::revision)
                                            .toList())
                            .map(found -> {
                                Map<String, Revision> byKey = found.stream()
                                        .collect(Collectors.toMap(ArticleViews::key, Function.identity()));
                                return Page.of(
                                        rows,
                                        filter.page(),
                                        article -> new PageCursor(ORDER, Long.toString(article.number()), article.id()),
                                        article -> summary(
                                                article,
                                                choices.get(article.id()),
                                                byKey.get(article.id() + "/"
                                                        + choices.get(article.id())
                                                                .revision()),
                                                reader));
                            });
                }));
    }

    @WithSession
    public Uni<Page<RevisionSummary>> revisions(String ref, String language, PageRequest page) {
        return articles.byRef(ref)
                .chain(article -> revisions
                        .page(article.id(), language, page)
                        .map(rows -> Page.of(
                                rows,
                                page,
                                revision -> new PageCursor(
                                        REVISION_ORDER, Integer.toString(revision.number()), article.id()),
                                revision -> RevisionViews.summary(article, revision))));
    }

    @WithSession
    public Uni<RevisionView> revision(String ref, int number) {
        return articles.byRef(ref)
                .chain(article -> revision(article, number).map(found -> RevisionViews.full(article, found)));
    }

    @WithSession
    public Uni<RevisionDiff> diff(String ref, int from, int to) {
        return articles.byRef(ref)
                .chain(article -> revision(article, from)
                        .chain(a -> revision(article, to)
                                .map(b -> new RevisionDiff(from, to, RevisionDiffs.between(a, b)))));
    }

    @WithSession
    public Uni<Page<ArticleEventView>> history(String ref, PageRequest page) {
        return articles.byRef(ref)
                .chain(article -> history.page(article.id(), page)
                        .map(rows -> Page.of(
                                rows,
                                page,
                                event -> new PageCursor(HISTORY_ORDER, "", event.id()),
                                event -> new ArticleEventView(
                                        event.id(),
                                        event.action(),
                                        event.language(),
                                        event.revision(),
                                        event.actorId(),
                                        event.at(),
                                        event.reason()))));
    }

    private Uni<Revision> revision(Article article, int number) {
        return revisions
                .find(article.id(), number)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundProblem("revision", number));
    }

    private Uni<ArticleReader> reader(Caller caller) {
        if (!ArticleActionRules.isDesk(caller.roles())) {
            return Uni.createFrom().item(new ArticleReader(caller.roles(), null));
        }
        return people.sync(caller).map(person -> new ArticleReader(caller.roles(), person.id()));
    }

    private Uni<Shown> shown(ArticleReader reader, Article article, Choice choice) {
        String language = choice.version().language();
        return revision(article, choice.revision())
                .chain(revision -> votes.usage(article.id())
                        .map(usage -> new Shown(
                                ArticleViewer.view(article, choice.version(), revision, usage, reader),
                                language,
                                reader.desk()
                                        ? EntityTag.of(article.version(), language)
                                        : EntityTag.of(0, "p" + publishedState(article) + "-" + language))));
    }

    /**
     * What a requester's view of an article follows: the revision published in each language (a
     * draft, a review or an edit of the desk's changes nothing they can see).
     */
    private static String publishedState(Article article) {
        return article.languages().versions().stream()
                .map(version -> version.published() == null
                        ? ""
                        : Integer.toString(version.published().revision()))
                .collect(Collectors.joining("."));
    }

    private static ArticleSummary summary(Article article, Choice choice, Revision revision, ArticleReader reader) {
        ArticleText text = revision.text();
        LanguageVersion.Published published = choice.version().published();
        return new ArticleSummary(
                article.id(),
                article.key(),
                article.type(),
                article.status(),
                choice.version().language(),
                revision.number(),
                text.title(),
                text.summary(),
                article.category(),
                article.tags(),
                article.visibility(),
                article.reviewBy(),
                ArticleViewer.updatedAt(article, published, reader),
                published == null ? null : published.at());
    }

    private static String key(Revision revision) {
        return revision.articleId() + "/" + revision.number();
    }

    /**
     * The language and revision a reader gets: the published one in the language {@code
     * Accept-Language} prefers, else the source's; before the first publication, the source draft.
     */
    record Choice(LanguageVersion version, int revision) {
        static Choice of(Article article, String acceptLanguage) {
            Languages languages = article.languages();
            List<String> published = languages.published();
            if (published.isEmpty()) {
                LanguageVersion source = languages.source();
                return new Choice(source, source.draft().revision());
            }
            String language = LanguageTags.negotiate(acceptLanguage, published, article.sourceLanguage());
            LanguageVersion version = languages.find(language).orElseThrow();
            return new Choice(version, version.published().revision());
        }

        /** The language written in: its published revision, else its draft. */
        static Choice in(Article article, String language) {
            LanguageVersion version = article.languages()
                    .find(language)
                    .orElse(article.languages().source());
            return new Choice(
                    version,
                    version.published() != null
                            ? version.published().revision()
                            : version.draft().revision());
        }
    }
}
