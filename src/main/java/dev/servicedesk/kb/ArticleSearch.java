package dev.servicedesk.kb;

import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.kb.dto.ArticleHit;
import dev.servicedesk.kb.dto.ArticleSearchPage;
import dev.servicedesk.kb.dto.FacetCount;
import dev.servicedesk.kb.dto.SearchFacets;
import dev.servicedesk.ticket.Category;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Full-text search over what {@link SearchIndex} holds: each language in its own text-search
 * configuration, typos corrected against the vocabulary ({@link SearchTypos}), ranked, one hit
 * per article in the language the reader prefers, snippets made for the page returned only.
 */
@ApplicationScoped
public class ArticleSearch {
    private static final String START = "\uE000";
    private static final String STOP = "\uE001";
    /** The text-search configurations kb_text_config maps languages to. */
    static final String[] CONFIGS = {
        "english",
        "german",
        "french",
        "spanish",
        "portuguese",
        "italian",
        "dutch",
        "swedish",
        "danish",
        "finnish",
        "norwegian",
        "russian",
        "hungarian",
        "romanian",
        "turkish",
        "simple"
    };

    /**
     * The reader's query in every configuration that rows are searched in. MATERIALIZED: parsed
     * once per configuration, where PostgreSQL, inlining it, would parse it again for each row it
     * ranks.
     */
    private static final String QUERIES = """
            WITH q AS MATERIALIZED (
                SELECT c AS config, websearch_to_tsquery(c, $1) || websearch_to_tsquery(c, $2) AS query
                FROM unnest(CAST($3 AS regconfig[])) AS c
                WHERE EXISTS (SELECT 1 FROM kb_lexeme l WHERE l.config = c)
            )""";
    /** The filters the reader set, on the rows {@code s} of kb_search. */
    private static final String FILTERS = """
                ($4::text IS NULL OR s.visibility = $4)
                  AND (cardinality(CAST($5 AS text[])) = 0 OR s.type = ANY(CAST($5 AS text[])))
                  AND ($6::text IS NULL OR s.category = $6)
                  AND ($7::text IS NULL OR $7 = ANY(s.tags))
                  AND ($8::text IS NULL OR s.language = $8)""";
    /** The rows each configuration's query finds among its own rows, that the filters let through. */
    private static final String FOUND = """
                FROM kb_search s JOIN q ON s.config = q.config AND s.document @@ q.query
                WHERE """ + FILTERS;
    /** An article's hit: its row in the language the reader prefers among those it was found in. */
    private static final String HIT = """
                SELECT DISTINCT ON (s.article_id) s.article_id, s.language, s.number, s.type, s.category,
                       s.visibility, s.tags, s.helpfulness, q.config, q.query, %s AS top,
                       ts_rank_cd(s.document, q.query) AS score
            """;

    private static final String HIT_ORDER = """
                ORDER BY s.article_id, %s, NOT s.is_source, score DESC
            """.formatted(preferenceRank(9, "s.language"));
    /** Past the cursor, if there is one. */
    private static final String AFTER = """
            ($10::boolean IS NULL
             OR (top::int, score, helpfulness, number) < ($10::boolean::int, $11::real, $12::real, $13::bigint))""";

    private static final String RANKED = " ORDER BY score DESC, helpfulness DESC, number DESC LIMIT $15";

    /**
     * One hit per article. Hits whose title, keywords, tags or error codes (weight A: {@code
     * head}) hold the query rank first, then by score, helpfulness breaking ties. Ranking is what
     * costs, so it is done in tiers: the articles found in their head are ranked first, and the
     * rest (found in the text only, often most of them) only when those do not fill the page, a
     * condition PostgreSQL checks once before it looks at any of them.
     */
    private static final String PAGE =
            QUERIES + """
            , candidates AS MATERIALIZED (
                SELECT DISTINCT s.article_id FROM kb_search s JOIN q ON s.config = q.config AND s.head @@ q.query
                WHERE """ + FILTERS + """

            ), top_hits AS MATERIALIZED (
                SELECT * FROM (
            """ + HIT.formatted("s.head @@ q.query") + FOUND + """

                  AND s.article_id IN (SELECT article_id FROM candidates)
            """ + HIT_ORDER + """
                ) hit WHERE top
            ), top_page AS MATERIALIZED (
                SELECT * FROM top_hits WHERE """ + AFTER
                    + RANKED + """

            ), rest AS (
                SELECT * FROM (
            """ + HIT.formatted("false") + FOUND + """

                  AND (SELECT count(*) FROM top_page) < $15
                  AND s.article_id NOT IN (SELECT article_id FROM top_hits)
            """ + HIT_ORDER + """
                ) hit WHERE """ + AFTER + RANKED + """

            )
            SELECT h.article_id, h.language, h.number, h.type, h.category, h.visibility, h.tags, h.top, h.score,
                   h.helpfulness, s.title, s.summary, ts_headline(h.config, s.body, h.query, $14) AS snippet
            FROM (SELECT * FROM top_page UNION ALL SELECT * FROM rest
                  ORDER BY top DESC, score DESC, helpfulness DESC, number DESC LIMIT $15) h
            JOIN kb_search s ON s.article_id = h.article_id AND s.language = h.language
            ORDER BY h.top DESC, h.score DESC, h.helpfulness DESC, h.number DESC
            """;

    /**
     * The articles found, counted per type, category, tag and language. Nothing is ranked. Type,
     * category and tags are the same in every language of an article: the articles are counted
     * once each, whichever of their languages were found; a language counts its rows.
     */
    private static final String FACETS = QUERIES + """
            , matches AS (
                SELECT s.article_id, s.language, s.type, s.category, s.tags
            """ + FOUND + """
            ), articles AS (
                SELECT DISTINCT article_id, type, category, tags FROM matches
            )
            SELECT 'type' AS facet, type AS value, count(*) AS count FROM articles GROUP BY type
            UNION ALL SELECT 'category', category, count(*) FROM articles GROUP BY category
            UNION ALL SELECT 'tag', tag, count(*) FROM articles, unnest(tags) AS tag GROUP BY tag
            UNION ALL SELECT 'language', language, count(*) FROM matches GROUP BY language
            """;

    private static final String HEADLINE = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=30, MinWords=12, MaxFragments=2, " + "FragmentDelimiter=\" … \"";

    private final Pool pool;
    private final SearchTypos typos;

    ArticleSearch(Pool pool, SearchTypos typos) {
        this.pool = pool;
        this.typos = typos;
    }

    public Uni<ArticleSearchPage> search(SearchQuery query) {
        return pool.withConnection(connection -> typos.corrections(connection, query.text(), visibility(query))
                .chain(corrections -> {
                    String corrected = SearchTypos.apply(query.text(), corrections);
                    return page(connection, query, corrected)
                            .chain(page -> facets(connection, query, corrected)
                                    .map(facets -> new ArticleSearchPage(
                                            page.items(), facets, corrections, page.nextCursor())));
                }));
    }

    private Uni<Page<ArticleHit>> page(SqlConnection connection, SearchQuery query, String corrected) {
        Tuple parameters = filters(query, corrected)
                .addArrayOfString(query.preferredLanguages().toArray(String[]::new));
        String[] after = query.page()
                .after()
                .map(cursor -> cursor.lastValue().split(" "))
                .orElse(null);
        parameters.addValue(after == null ? null : Boolean.valueOf(after[0]));
        parameters.addValue(after == null ? null : Float.valueOf(after[1]));
        parameters.addValue(after == null ? null : Float.valueOf(after[2]));
        parameters.addValue(after == null ? null : Long.valueOf(after[3]));
        parameters.addString(HEADLINE);
        parameters.addInteger(query.page().fetchSize());
        return connection.preparedQuery(PAGE).execute(parameters).map(rows -> {
            List<Row> all = new ArrayList<>();
            rows.forEach(all::add);
            return Page.of(
                    all,
                    query.page(),
                    row -> new PageCursor(
                            query.order(),
                            row.getBoolean("top") + " " + row.getFloat("score") + " " + row.getFloat("helpfulness")
                                    + " " + row.getLong("number"),
                            row.getUUID("article_id")),
                    ArticleSearch::hit);
        });
    }

    private Uni<SearchFacets> facets(SqlConnection connection, SearchQuery query, String corrected) {
        return connection
                .preparedQuery(FACETS)
                .execute(filters(query, corrected))
                .map(rows -> {
                    Map<String, List<FacetCount>> byFacet = new TreeMap<>();
                    rows.forEach(row -> byFacet.computeIfAbsent(row.getString("facet"), facet -> new ArrayList<>())
                            .add(new FacetCount(row.getString("value"), row.getLong("count"))));
                    return new SearchFacets(
                            sorted(byFacet.get("type")),
                            sorted(byFacet.get("category")),
                            sorted(byFacet.get("tag")),
                            sorted(byFacet.get("language")));
                });
    }

    private static Tuple filters(SearchQuery query, String corrected) {
        return Tuple.tuple()
                .addString(query.text())
                .addString(corrected)
                .addArrayOfString(CONFIGS)
                .addString(visibility(query))
                .addArrayOfString(query.types().stream().map(Enum::name).toArray(String[]::new))
                .addString(query.category() == null ? null : query.category().name())
                .addString(query.tag())
                .addString(query.language());
    }

    /**
     * Where a row's language stands among the reader's preferences, the SQL array parameter
     * {@code $parameter}: its exact tag first, then its primary language, then any other.
     */
    static String preferenceRank(int parameter, String language) {
        return ("coalesce(array_position(CAST($%1$d AS text[]), lower(%2$s)), "
                        + "array_position(CAST($%1$d AS text[]), split_part(lower(%2$s), '-', 1)), 1000)")
                .formatted(parameter, language);
    }

    /** The only visibility the reader may find; null for the desk, who may find any. */
    private static String visibility(SearchQuery query) {
        return query.readersOnly() ? ArticleVisibility.PUBLIC.name() : null;
    }

    private static ArticleHit hit(Row row) {
        return new ArticleHit(
                row.getUUID("article_id"),
                ArticleKeys.PREFIX + row.getLong("number"),
                ArticleType.valueOf(row.getString("type")),
                row.getString("language"),
                row.getString("title"),
                row.getString("summary"),
                marked(row.getString("snippet")),
                Category.valueOf(row.getString("category")),
                List.of(row.getArrayOfStrings("tags")),
                ArticleVisibility.valueOf(row.getString("visibility")),
                row.getFloat("score"));
    }

    /** The headline HTML-escaped, the words found between the markers put in {@code <mark>}. */
    static String marked(String headline) {
        StringBuilder html = new StringBuilder(headline.length() + 32);
        headline.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case 0xE000 -> html.append("<mark>");
                case 0xE001 -> html.append("</mark>");
                default -> html.appendCodePoint(c);
            }
        });
        return html.toString();
    }

    private static List<FacetCount> sorted(List<FacetCount> counts) {
        if (counts == null) {
            return List.of();
        }
        return counts.stream()
                .sorted((a, b) -> a.count() != b.count()
                        ? Long.compare(b.count(), a.count())
                        : a.value().compareTo(b.value()))
                .toList();
    }
}
