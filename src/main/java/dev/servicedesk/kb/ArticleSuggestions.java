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
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Articles that may solve a ticket: published ones whose text shares words with the ticket's (any
 * of them), or whose error codes the ticket names; known errors with a named code first, then the
 * ticket's category, then the best text match.
 */
@ApplicationScoped
public class ArticleSuggestions {
    /** Enough of a long description to say what it is about, and a bound on the text search it makes. */
    private static final int MOST_TEXT = 4000;

    private static final int MOST_WORDS = 100;
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]{2,}");

    private static final String SUGGEST = """
            WITH q AS MATERIALIZED (
                SELECT c AS config, websearch_to_tsquery(c, $1) AS query
                FROM unnest(CAST($2 AS regconfig[])) AS c
            ), matched AS (
                SELECT DISTINCT ON (s.article_id) s.article_id, s.language, s.number, s.type, s.category,
                       s.visibility, s.title, s.summary, s.error_codes, s.error_keys && CAST($3 AS text[]) AS named,
                       CASE WHEN s.document @@ q.query THEN ts_rank_cd(s.document, q.query) ELSE 0 END AS score
                FROM kb_search s JOIN q ON s.config = q.config
                WHERE (s.document @@ q.query OR s.error_keys && CAST($3 AS text[]))
                  AND ($4::text IS NULL OR s.visibility = $4)
                ORDER BY s.article_id, %s, score DESC
            )
            SELECT * FROM matched
            ORDER BY (type = 'KNOWN_ERROR' AND named) DESC, (category = $6) DESC, score DESC, number DESC
            LIMIT $7
            """.formatted(ArticleSearch.preferenceRank(5, "s.language"));

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
                    .addString(anyWordOf(text.length() > MOST_TEXT ? text.substring(0, MOST_TEXT) : text))
                    .addArrayOfString(ArticleSearch.CONFIGS)
                    .addArrayOfString(keys.toArray(String[]::new))
                    .addString(ArticleActionRules.isDesk(caller.roles()) ? null : ArticleVisibility.PUBLIC.name())
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

    /**
     * The text's distinct words (letters and digits) as a web search for any of them, so that no
     * character of the ticket can change the query's meaning.
     */
    static String anyWordOf(String text) {
        return WORDS.matcher(text)
                .results()
                .map(match -> match.group().toLowerCase(Locale.ROOT))
                .filter(word -> !word.equals("or"))
                .distinct()
                .limit(MOST_WORDS)
                .collect(Collectors.joining(" or "));
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
