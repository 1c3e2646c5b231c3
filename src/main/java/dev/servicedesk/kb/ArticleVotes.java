package dev.servicedesk.kb;

import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.SqlValues;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.kb.dto.ArticleFeedback;
import dev.servicedesk.kb.dto.ArticleUsage;
import dev.servicedesk.kb.dto.ArticleVote;
import dev.servicedesk.ticket.TicketService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Readers' votes on articles, one per person and article, and what they add up to with the reads. */
@ApplicationScoped
public class ArticleVotes {
    static final String ORDER = "kb-votes";
    /**
     * Votes and publications of one article wait for each other, so that each recomputes the
     * helpfulness with every vote committed before it (a statement's snapshot would miss one
     * committed while it waited for the row).
     */
    static final String SERIALISE = "SELECT pg_advisory_xact_lock(:key)";

    private static final String VOTE = """
            INSERT INTO kb_vote (article_id, person_id, helpful, comment, voted_at)
            VALUES (:article, :person, :helpful, :comment, :at)
            ON CONFLICT (article_id, person_id)
            DO UPDATE SET helpful = EXCLUDED.helpful, comment = EXCLUDED.comment, voted_at = EXCLUDED.voted_at""";
    private static final String RANK =
            "UPDATE kb_search SET helpfulness = kb_helpfulness(:article) WHERE article_id = :article";
    private static final String USAGE = """
            SELECT coalesce((SELECT views FROM kb_article_views WHERE article_id = :article), 0),
                   count(*) FILTER (WHERE helpful), count(*) FILTER (WHERE NOT helpful)
            FROM kb_vote WHERE article_id = :article""";
    private static final String PAGE = """
            SELECT person_id, helpful, comment, voted_at FROM kb_vote
            WHERE article_id = :article
              AND (CAST(:afterAt AS timestamptz) IS NULL OR (voted_at, person_id) < (CAST(:afterAt AS timestamptz), :afterPerson))
            ORDER BY voted_at DESC, person_id DESC LIMIT :rows""";

    private final ArticleRepository articles;
    private final PersonService people;
    private final TicketService tickets;
    private final Clock clock;

    ArticleVotes(ArticleRepository articles, PersonService people, TicketService tickets, Clock clock) {
        this.articles = articles;
        this.people = people;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** The caller's vote, given or changed, on an article they may read. */
    @WithTransaction
    public Uni<ArticleVote> vote(Caller caller, String ref, ArticleFeedback feedback) {
        Instant now = clock.instant();
        String comment = feedback.comment() == null || feedback.comment().isBlank()
                ? null
                : feedback.comment().strip();
        return people.sync(caller)
                .chain(person -> readable(caller, ref)
                        .chain(article -> Panache.getSession()
                                .chain(session -> session.createNativeQuery(SERIALISE)
                                        .setParameter("key", lockKey(article.id()))
                                        .getSingleResult()
                                        .chain(() -> session.createNativeQuery(VOTE)
                                                .setParameter("article", article.id())
                                                .setParameter("person", person.id())
                                                .setParameter("helpful", feedback.helpful())
                                                .setParameter("comment", comment)
                                                .setParameter("at", now)
                                                .executeUpdate())
                                        .chain(() -> session.createNativeQuery(RANK)
                                                .setParameter("article", article.id())
                                                .executeUpdate()))
                                .map(done -> new ArticleVote(person.id(), feedback.helpful(), comment, now))));
    }

    @WithSession
    public Uni<Page<ArticleVote>> page(String ref, PageRequest page) {
        return articles.byRef(ref)
                .chain(article -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(PAGE, Object[].class)
                                .setParameter("article", article.id())
                                .setParameter(
                                        "afterAt",
                                        page.after()
                                                .map(PageCursor::lastInstant)
                                                .orElse(null))
                                .setParameter(
                                        "afterPerson",
                                        page.after().map(PageCursor::lastId).orElse(null))
                                .setParameter("rows", page.fetchSize())
                                .getResultList())
                        .map(rows -> Page.of(
                                rows.stream().map(ArticleVotes::vote).toList(),
                                page,
                                vote -> new PageCursor(ORDER, vote.votedAt().toString(), vote.personId()),
                                vote -> vote)));
    }

    /** How much the article is read, how its readers voted and how many tickets it solved, in the caller's session. */
    Uni<ArticleUsage> usage(UUID articleId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(USAGE, Object[].class)
                        .setParameter("article", articleId)
                        .getSingleResult())
                .chain(row -> tickets.solvedWith(articleId)
                        .map(solved -> new ArticleUsage(
                                SqlValues.count(row[0]), SqlValues.count(row[1]), SqlValues.count(row[2]), solved)));
    }

    /** The article, if the caller may read it: requesters only published PUBLIC ones. */
    private Uni<Article> readable(Caller caller, String ref) {
        return articles.byRef(ref).map(article -> {
            if (!ArticleActionRules.mayRead(caller.roles(), article)) {
                throw new NotFoundProblem("article", ref);
            }
            return article;
        });
    }

    /** The advisory lock that serialises an article's votes and publications. */
    static long lockKey(UUID articleId) {
        return articleId.getMostSignificantBits() ^ articleId.getLeastSignificantBits();
    }

    private static ArticleVote vote(Object[] row) {
        return new ArticleVote((UUID) row[0], (Boolean) row[1], (String) row[2], SqlValues.instant(row[3]));
    }
}
