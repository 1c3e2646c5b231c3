package dev.servicedesk.routing;

import dev.servicedesk.common.TextFold;
import java.util.List;

/**
 * One keyword condition, prepared once: a word or phrase matched as whole words, or, in scripts
 * written without spaces, its characters (without separators) matched anywhere in the text's.
 */
record Keyword(String text, List<String> phrase, String characters) {

    /** Null when the keyword holds no letter or digit, so could never match. */
    static Keyword of(String keyword) {
        String folded = TextFold.of(keyword.strip());
        List<String> words = Words.split(folded);
        if (words.isEmpty()) {
            return null;
        }
        return Words.isUnspaced(folded)
                ? new Keyword(keyword, null, String.join("", words))
                : new Keyword(keyword, words, null);
    }

    boolean isIn(TicketText text) {
        return phrase != null ? text.hasPhrase(phrase) : text.hasCharacters(characters);
    }
}
