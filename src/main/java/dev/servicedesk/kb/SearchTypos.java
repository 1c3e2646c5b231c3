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
    private static final String FINDS = """
            SELECT EXISTS (
                SELECT 1 FROM unnest(CAST($2 AS regconfig[])) AS c
                JOIN kb_search s ON s.config = c AND s.document @@ plainto_tsquery(c, $1)
                WHERE $3::text IS NULL OR s.visibility = $3)""";
    private static final String FIRST_FINDING = """
            SELECT w FROM unnest(CAST($1 AS text[])) WITH ORDINALITY AS candidate(w, rank)
            WHERE EXISTS (
                SELECT 1 FROM unnest(CAST($2 AS regconfig[])) AS c
                JOIN kb_search s ON s.config = c AND s.document @@ plainto_tsquery(c, w)
                WHERE $3::text IS NULL OR s.visibility = $3)
            ORDER BY rank LIMIT 1""";
    /** Quoted phrases, excluded words (a minus after a space or at the start), and words. */
    private static final Pattern TOKENS = Pattern.compile("(\"[^\"]*\"?)|((?<!\\S)-\\S*)|(\\p{L}+)");

    private static final int MOST_CORRECTED = 8;

    /** The corrections for {@code text}, for a reader limited to {@code visibility} (null: every article). */
    Uni<List<SearchCorrection>> corrections(SqlConnection connection, String text, String visibility) {
        List<String> words = free(text).stream().limit(MOST_CORRECTED).toList();
        return correct(connection, words, 0, visibility, new ArrayList<>());
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
        String word = unknown.get(index);
        return finds(connection, word, visibility)
                .chain(stemmed -> stemmed
                        ? Uni.createFrom().item(Optional.<SearchCorrection>empty())
                        : nearest(connection, word, visibility))
                .chain(correction -> {
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

    private static Uni<Boolean> finds(SqlConnection connection, String word, String visibility) {
        return connection
                .preparedQuery(FINDS)
                .execute(Tuple.of(word, ArticleSearch.CONFIGS, visibility))
                .map(rows -> rows.iterator().next().getBoolean(0));
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
