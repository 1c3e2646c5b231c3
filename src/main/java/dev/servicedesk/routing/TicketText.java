package dev.servicedesk.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A ticket's subject and description, folded and split into words once for every rule to search. */
final class TicketText {
    private final String folded;
    private final List<String> words;
    private final Map<String, List<Integer>> positions = new HashMap<>();

    TicketText(String subject, String description) {
        this.folded = Words.fold(description == null ? subject : subject + "\n" + description);
        this.words = Words.split(folded);
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

    /** Whether the folded characters stand anywhere in the text. */
    boolean hasCharacters(String foldedCharacters) {
        return folded.contains(foldedCharacters);
    }
}
