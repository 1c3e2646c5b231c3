package dev.servicedesk.kb;

import dev.servicedesk.identity.Caller;
import dev.servicedesk.kb.dto.ArticleSuggestion;
import dev.servicedesk.kb.dto.ArticleSuggestionList;
import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Ticket;
import dev.servicedesk.ticket.TicketService;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Articles that may solve a ticket, found the way a search engine's "more like this" finds them:
 * by the ticket's rarest words (the fewest articles hold them, so they say what it is about) in
 * each language it may be written in. Articles holding three of them match, and when those are too
 * few, articles holding two; so do articles whose error codes the ticket names. Known errors with
 * a named code first, then those holding three, then two; each in the ticket's category first,
 * then the best text match.
 */
@ApplicationScoped
public class ArticleSuggestions {
    /** Enough of a long description to say what it is about, and a bound on the text search it makes. */
    private static final int MOST_TEXT = 4000;
    /** How many of the ticket's words an article is matched with, rarest first. */
    private static final int RAREST = 6;

    /**
     * The ticket's ($1) lexemes in each configuration that has searchable rows; those that rows the
     * reader may read hold, with how many hold them ($4: the only visibility the reader may read,
     * or null); the configurations the ticket is likeliest written in, which know at least half as
     * many of its lexemes as the best; in each, the $5 rarest, as queries for any three of them
     * (of fewer, all of them), any two (of two, either), and any (to rank by). The articles found
     * by three are enough when they are $8; error codes ($3) the ticket names find the rest.
     */
    private static final String SUGGEST = """
            WITH stems AS MATERIALIZED (
                SELECT c AS config, stem
                FROM unnest(CAST($2 AS regconfig[])) AS c
                     CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector(c, $1))) AS stem
                WHERE EXISTS (SELECT 1 FROM kb_lexeme l WHERE l.config = c)
            ), known AS MATERIALIZED (
                SELECT config, lexeme, documents FROM (
                    SELECT s.config, l.lexeme,
                           CASE WHEN $4::text IS NULL THEN l.documents ELSE l.public_documents END AS documents
                    FROM stems s JOIN kb_lexeme l ON l.config = s.config AND l.lexeme = s.stem) AS counted
                WHERE documents > 0
            ), likely AS (
                SELECT config FROM known GROUP BY config
                HAVING 2 * count(*) >= (SELECT max(n) FROM (SELECT count(*) AS n FROM known GROUP BY config) AS m)
            ), rarest AS MATERIALIZED (
                SELECT config, rank, '''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || '''' AS word
                FROM (SELECT config, lexeme, row_number() OVER (PARTITION BY config ORDER BY documents, lexeme) AS rank
                      FROM known WHERE config IN (SELECT config FROM likely)) AS ranked
                WHERE rank <= $5
            ), pairs AS (
                SELECT a.config, '(' || a.word || ' & ' || b.word || ')' AS words
                FROM rarest a JOIN rarest b ON b.config = a.config AND a.rank < b.rank
            ), triples AS (
                SELECT a.config, '(' || a.word || ' & ' || b.word || ' & ' || c.word || ')' AS words
                FROM rarest a JOIN rarest b ON b.config = a.config AND a.rank < b.rank
                              JOIN rarest c ON c.config = a.config AND b.rank < c.rank
            ), q AS MATERIALIZED (
                SELECT w.config, count(*) AS words, CAST(string_agg(w.word, ' | ') AS tsquery) AS any_word,
                       CAST(coalesce((SELECT string_agg(t.words, ' | ') FROM triples t WHERE t.config = w.config),
                                     (SELECT string_agg(p.words, ' | ') FROM pairs p WHERE p.config = w.config),
                                     string_agg(w.word, ' | ')) AS tsquery) AS three_words,
                       CAST(CASE WHEN count(*) > 2
                                 THEN (SELECT string_agg(p.words, ' | ') FROM pairs p WHERE p.config = w.config)
                                 ELSE string_agg(w.word, ' | ') END AS tsquery) AS two_words
                FROM rarest w GROUP BY w.config
            ), by_three AS MATERIALIZED (
                SELECT s.article_id, s.language, 2 AS tier, ts_rank_cd(s.document, q.any_word) AS score
                FROM kb_search s JOIN q ON s.config = q.config AND s.document @@ q.three_words
                WHERE $4::text IS NULL OR s.visibility = $4
            ), by_two AS (
                SELECT s.article_id, s.language, 1 AS tier, ts_rank_cd(s.document, q.any_word) AS score
                FROM kb_search s JOIN q ON s.config = q.config AND s.document @@ q.two_words
                WHERE q.words > 1 AND ($4::text IS NULL OR s.visibility = $4)
                  AND (SELECT count(DISTINCT article_id) FROM by_three) < $8
            ), by_code AS (
                SELECT s.article_id, s.language, 0 AS tier, CAST(0 AS real) AS score FROM kb_search s
                WHERE s.error_keys && CAST($3 AS text[]) AND ($4::text IS NULL OR s.visibility = $4)
            ), best AS (
                SELECT DISTINCT ON (article_id) article_id, language, tier, score
                FROM (SELECT * FROM by_three UNION ALL SELECT * FROM by_two UNION ALL SELECT * FROM by_code) AS found
                ORDER BY article_id, %s, tier DESC, score DESC
            )
            SELECT s.article_id, s.language, s.number, s.type, s.category, s.visibility, s.title, s.summary,
                   s.error_codes, b.score
            FROM best b JOIN kb_search s ON s.article_id = b.article_id AND s.language = b.language
            ORDER BY (s.type = 'KNOWN_ERROR' AND s.error_keys && CAST($3 AS text[])) DESC, b.tier DESC,
                     (s.category = $7) DESC, b.score DESC, s.number DESC
            LIMIT $8
            """.formatted(ArticleSearch.preferenceRank(6, "language"));

    private final TicketService tickets;
    private final Pool pool;

    ArticleSuggestions(TicketService tickets, Pool pool) {
        this.tickets = tickets;
        this.pool = pool;
    }

    public Uni<ArticleSuggestionList> suggest(
            Caller caller, String ticketRef, List<String> preferredLanguages, int limit) {
        return tickets.find(caller, ticketRef).chain(ticket -> {
            String text = text(ticket);
            Set<String> keys = ErrorCodes.keysIn(text);
            Tuple parameters = Tuple.tuple()
                    .addString(text.length() > MOST_TEXT ? text.substring(0, MOST_TEXT) : text)
                    .addArrayOfString(ArticleSearch.CONFIGS)
                    .addArrayOfString(keys.toArray(String[]::new))
                    .addString(ArticleActionRules.isDesk(caller.roles()) ? null : ArticleVisibility.PUBLIC.name())
                    .addInteger(RAREST)
                    .addArrayOfString(preferredLanguages.toArray(String[]::new))
                    .addString(ticket.classification().category().name())
                    .addInteger(limit);
            return pool.preparedQuery(SUGGEST).execute(parameters).map(rows -> {
                List<ArticleSuggestion> items = new ArrayList<>();
                for (Row row : rows) {
                    items.add(suggestion(row, keys));
                }
                return new ArticleSuggestionList(items);
            });
        });
    }

    /** The ticket's subject, error messages and description, in that order (the likeliest to name a code first). */
    private static String text(Ticket ticket) {
        String description = ticket.report().description();
        return String.join(
                "\n",
                Stream.concat(
                                Stream.concat(
                                        Stream.of(ticket.subject()), ticket.report().facts().errorMessages().stream()),
                                Stream.of(description == null ? "" : description))
                        .toList());
    }

    private static ArticleSuggestion suggestion(Row row, Set<String> keys) {
        List<String> named = Stream.of(row.getArrayOfStrings("error_codes"))
                .filter(code -> keys.contains(ErrorCodes.key(code)))
                .toList();
        return new ArticleSuggestion(
                row.getUUID("article_id"),
                ArticleKeys.PREFIX + row.getLong("number"),
                ArticleType.valueOf(row.getString("type")),
                row.getString("language"),
                row.getString("title"),
                row.getString("summary"),
                Category.valueOf(row.getString("category")),
                ArticleVisibility.valueOf(row.getString("visibility")),
                row.getFloat("score"),
                named);
    }
}
