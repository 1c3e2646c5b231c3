package dev.servicedesk.kb;

import dev.servicedesk.kb.dto.SearchCorrection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forgives typos as Meilisearch does: a word of the query that no article contains is looked
 * up among the vocabulary's words that share enough trigrams with it (pg_trgm's index), and
 * corrected to the closest one within one typo (five to eight letters) or two (nine or more).
 * Words in quoted phrases and excluded words ({@code -word}) are taken as written.
 */
@ApplicationScoped
class SearchTypos {
    /** Lower than pg_trgm's default (0.3): one typo in a five-letter word leaves few trigrams in common. */
    private static final String THRESHOLD = "SELECT set_config('pg_trgm.similarity_threshold', '0.2', true)";

    private static final String KNOWN = "SELECT word FROM kb_word WHERE word = ANY($1)";
    private static final String NEAR = """
            SELECT word FROM kb_word WHERE word % $1 ORDER BY similarity(word, $1) DESC, word LIMIT 30""";
    private static final Pattern PHRASE = Pattern.compile("\"[^\"]*\"?");
    private static final int MOST_CORRECTED = 8;

    Uni<List<SearchCorrection>> corrections(SqlConnection connection, String text) {
        List<String> words = new ArrayList<>(free(text));
        if (words.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return connection
                .preparedQuery(KNOWN)
                .execute(Tuple.of(words.toArray(String[]::new)))
                .map(rows -> {
                    Set<String> known = new HashSet<>();
                    rows.forEach(row -> known.add(row.getString("word")));
                    return words.stream()
                            .filter(word -> !known.contains(word))
                            .limit(MOST_CORRECTED)
                            .toList();
                })
                .chain(unknown -> unknown.isEmpty()
                        ? Uni.createFrom().item(List.<SearchCorrection>of())
                        : connection
                                .query(THRESHOLD)
                                .execute()
                                .chain(() -> Multi.createFrom()
                                        .iterable(unknown)
                                        .onItem()
                                        .transformToUniAndConcatenate(word -> nearest(connection, word))
                                        .filter(Optional::isPresent)
                                        .map(Optional::get)
                                        .collect()
                                        .asList()));
    }

    private static Uni<Optional<SearchCorrection>> nearest(SqlConnection connection, String word) {
        int allowed = Vocabulary.typosAllowed(word);
        return connection.preparedQuery(NEAR).execute(Tuple.of(word)).map(rows -> {
            List<String> candidates = new ArrayList<>();
            for (Row row : rows) {
                candidates.add(row.getString("word"));
            }
            return candidates.stream()
                    .filter(candidate -> Vocabulary.typos(word, candidate) <= allowed)
                    .min(Comparator.comparingInt(candidate -> Vocabulary.typos(word, candidate)))
                    .map(candidate -> new SearchCorrection(word, candidate));
        });
    }

    /** The words of {@code text} a typo may be forgiven in: outside quotes, not excluded. */
    static Set<String> free(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String token : PHRASE.matcher(text).replaceAll(" ").split("\\s+")) {
            if (!token.startsWith("-")) {
                words.addAll(Vocabulary.words(token));
            }
        }
        return words;
    }

    /** {@code text} with each corrected word replaced by its correction. */
    static String apply(String text, List<SearchCorrection> corrections) {
        String corrected = text;
        for (SearchCorrection correction : corrections) {
            corrected = Pattern.compile(
                            "(?<!\\p{L})" + Pattern.quote(correction.word()) + "(?!\\p{L})",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(corrected)
                    .replaceAll(Matcher.quoteReplacement(correction.correction()));
        }
        return corrected;
    }
}
