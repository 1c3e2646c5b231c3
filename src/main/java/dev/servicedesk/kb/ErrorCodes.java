package dev.servicedesk.kb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Error codes as keys that a ticket's text can be matched against with an index: an article's
 * code in lower case with single spaces ({@code invalid saml response}), and every run of one to
 * eight words of a ticket's text (an error code of more words never matches) in the same form, its words stripped of the punctuation around
 * them ({@code "0x80070005:"} is {@code 0x80070005}).
 */
public final class ErrorCodes {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGES = Pattern.compile("^[\\p{Punct}\\p{Pi}\\p{Pf}]+|[\\p{Punct}\\p{Pi}\\p{Pf}]+$");
    private static final int LONGEST_CODE_WORDS = 8;
    private static final int MOST_KEYS = 5000;

    private ErrorCodes() {}

    public static String key(String code) {
        List<String> words = words(code);
        return String.join(" ", words);
    }

    /** The keys an error code named in {@code text} would have. */
    public static Set<String> keysIn(String text) {
        List<String> words = words(text);
        Set<String> keys = new LinkedHashSet<>();
        for (int start = 0; start < words.size() && keys.size() < MOST_KEYS; start++) {
            StringBuilder key = new StringBuilder();
            for (int end = start; end < Math.min(words.size(), start + LONGEST_CODE_WORDS); end++) {
                if (end > start) {
                    key.append(' ');
                }
                key.append(words.get(end));
                keys.add(key.toString());
            }
        }
        return keys;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : SPACES.split(text.toLowerCase(Locale.ROOT).strip())) {
            String word = EDGES.matcher(raw).replaceAll("");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
