package dev.servicedesk.kb;

import dev.servicedesk.kb.dto.SearchCorrection;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Forgives typos as Meilisearch does. A word of the query that finds nothing the reader may read
 * (in any form its language's stemming gives) is compared with the vocabulary's nearest words by trigrams
 * (pg_trgm's GiST index), and corrected to the closest within one typo (five to eight letters) or
 * two (nine or more), among those that find something the reader may read: so no correction
 * shows a reader a word of an article they may not read, nor one no longer published. Words in
 * quoted phrases and excluded words ({@code -word}) are taken as written.
 */
@ApplicationScoped
class SearchTypos {
    private static final String NEAREST = "SELECT word FROM kb_word ORDER BY word <-> $1 LIMIT 30";
    /**
     * Whether a word finds something the reader may read: in some configuration, each lexeme its
     * stemming gives is in a searchable row ($3: the only visibility the reader may find, or null).
     */
    private static final String FINDS = """
            EXISTS (SELECT 1 FROM unnest(CAST($2 AS regconfig[])) AS c,
                           LATERAL tsvector_to_array(to_tsvector(c, w)) AS stemmed(stems)
                    WHERE cardinality(stemmed.stems) > 0
                      AND NOT EXISTS (
                          SELECT 1 FROM unnest(stemmed.stems) AS stem
                          WHERE NOT EXISTS (
                              SELECT 1 FROM kb_lexeme l
                              WHERE l.config = c AND l.lexeme = stem
                                AND (CASE WHEN $3::text IS NULL THEN l.documents ELSE l.public_documents END) > 0)))""";
    /** The words of $1 that find nothing the reader may read, in their order. */
    private static final String FINDING_NOTHING =
            "SELECT w FROM unnest(CAST($1 AS text[])) WITH ORDINALITY AS word(w, rank) WHERE NOT " + FINDS
                    + " ORDER BY rank";
    /** The first of $1 that finds something the reader may read. */
    private static final String FIRST_FINDING =
            "SELECT w FROM unnest(CAST($1 AS text[])) WITH ORDINALITY AS word(w, rank) WHERE " + FINDS
                    + " ORDER BY rank LIMIT 1";
    /** Quoted phrases, excluded words (a minus after a space or at the start), and words. */
    private static final Pattern TOKENS = Pattern.compile("(\"[^\"]*\"?)|((?<!\\S)-\\S*)|(\\p{L}+)");

    private static final int MOST_CORRECTED = 8;

    /** The corrections for {@code text}, for a reader limited to {@code visibility} (null: every article). */
    Uni<List<SearchCorrection>> corrections(SqlConnection connection, String text, String visibility) {
        List<String> words = free(text).stream().limit(MOST_CORRECTED).toList();
        if (words.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return connection
                .preparedQuery(FINDING_NOTHING)
                .execute(Tuple.of(words.toArray(String[]::new), ArticleSearch.CONFIGS, visibility))
                .chain(rows -> {
                    List<String> unknown = new ArrayList<>();
                    rows.forEach(row -> unknown.add(row.getString(0)));
                    return correct(connection, unknown, 0, visibility, new ArrayList<>());
                });
    }

    private Uni<List<SearchCorrection>> correct(
            SqlConnection connection,
            List<String> unknown,
            int index,
            String visibility,
            List<SearchCorrection> found) {
        if (index == unknown.size()) {
            return Uni.createFrom().item(found);
        }
        return nearest(connection, unknown.get(index), visibility).chain(correction -> {
            correction.ifPresent(found::add);
            return correct(connection, unknown, index + 1, visibility, found);
        });
    }

    private Uni<Optional<SearchCorrection>> nearest(SqlConnection connection, String word, String visibility) {
        int allowed = Vocabulary.typosAllowed(word);
        return connection.preparedQuery(NEAREST).execute(Tuple.of(word)).chain(rows -> {
            List<String> candidates = new ArrayList<>();
            for (Row row : rows) {
                String candidate = row.getString("word");
                if (Vocabulary.typos(word, candidate) <= allowed) {
                    candidates.add(candidate);
                }
            }
            candidates.sort(Comparator.comparingInt(candidate -> Vocabulary.typos(word, candidate)));
            return firstFinding(connection, word, candidates, visibility);
        });
    }

    /** The first of {@code candidates} (closest first) that finds something the reader may read, in one query. */
    private Uni<Optional<SearchCorrection>> firstFinding(
            SqlConnection connection, String word, List<String> candidates, String visibility) {
        if (candidates.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return connection
                .preparedQuery(FIRST_FINDING)
                .execute(Tuple.of(candidates.toArray(String[]::new), ArticleSearch.CONFIGS, visibility))
                .map(rows -> rows.iterator().hasNext()
                        ? Optional.of(new SearchCorrection(
                                word, rows.iterator().next().getString(0)))
                        : Optional.empty());
    }

    /** The words of {@code text} a typo may be forgiven in: outside quotes, not excluded, five letters or more. */
    static Set<String> free(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher tokens = TOKENS.matcher(text);
        while (tokens.find()) {
            if (tokens.group(3) != null) {
                words.addAll(Vocabulary.words(tokens.group(3)));
            }
        }
        return words;
    }

    /** {@code text} with each corrected word replaced by its correction, where it is free (as {@link #free}). */
    static String apply(String text, List<SearchCorrection> corrections) {
        Map<String, String> byWord = corrections.stream()
                .collect(Collectors.toMap(SearchCorrection::word, SearchCorrection::correction, (a, b) -> a));
        Matcher tokens = TOKENS.matcher(text);
        StringBuilder corrected = new StringBuilder();
        while (tokens.find()) {
            String word = tokens.group(3);
            String replacement =
                    word == null ? tokens.group() : byWord.getOrDefault(word.toLowerCase(Locale.ROOT), word);
            tokens.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
        }
        tokens.appendTail(corrected);
        return corrected.toString();
    }
}
