package dev.servicedesk.kb;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words typos are corrected against and towards: runs of letters, lower-cased, of a length a
 * typo can be forgiven in (five letters or more, as Meilisearch forgives), and one typo or two
 * apart as Meilisearch counts them (a transposition is one typo).
 */
public final class Vocabulary {
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** Shorter words must be spelled right; from this length one typo is forgiven. */
    static final int ONE_TYPO = 5;
    /** From this length, two typos. */
    static final int TWO_TYPOS = 9;

    private static final int LONGEST = 40;

    private Vocabulary() {}

    public static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String word : NOT_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            int length = word.codePointCount(0, word.length());
            if (length >= ONE_TYPO && length <= LONGEST) {
                words.add(word);
            }
        }
        return words;
    }

    /** How many typos are forgiven in a word of this many letters. */
    public static int typosAllowed(String word) {
        int length = word.codePointCount(0, word.length());
        return length >= TWO_TYPOS ? 2 : length >= ONE_TYPO ? 1 : 0;
    }

    /**
     * Typos as Meilisearch counts them: the optimal-string-alignment distance (insertions,
     * deletions, substitutions and swaps of two neighbouring letters, one typo each), and a word
     * whose first letter differs one typo more (a reader rarely gets the first letter wrong).
     */
    public static int typos(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        boolean firstDiffers = x.length == 0 || y.length == 0 || x[0] != y[0];
        return distance(x, y) + (firstDiffers ? 1 : 0);
    }

    private static int distance(int[] x, int[] y) {
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length][y.length];
    }
}
