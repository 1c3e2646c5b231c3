package dev.servicedesk.routing;

import dev.servicedesk.common.TextFold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A ticket's subject and description, folded and split into words once for every rule to search. */
final class TicketText {
    private final List<String> words;
    private String joined;
    private final Map<String, List<Integer>> positions = new HashMap<>();

    TicketText(String subject, String description) {
        this.words = Words.split(TextFold.of(description == null ? subject : subject + "\n" + description));
        for (int i = 0; i < words.size(); i++) {
            positions.computeIfAbsent(words.get(i), word -> new ArrayList<>(1)).add(i);
        }
    }

    /** Whether the words of {@code phrase} (one or more, folded) stand here one after another. */
    boolean hasPhrase(List<String> phrase) {
        List<Integer> starts = positions.get(phrase.get(0));
        if (starts == null) {
            return false;
        }
        for (int start : starts) {
            if (start + phrase.size() <= words.size()
                    && words.subList(start, start + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the characters (folded, without separators) stand anywhere in the text's words run together. */
    boolean hasCharacters(String characters) {
        if (joined == null) {
            joined = String.join("", words);
        }
        return joined.contains(characters);
    }
}
