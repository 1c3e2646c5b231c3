package dev.servicedesk.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An article's languages, the source first. */
public record Languages(List<LanguageVersion> versions) {

    static Languages of(LanguageVersion source) {
        return new Languages(List.of(source));
    }

    LanguageVersion source() {
        return versions.get(0);
    }

    Optional<LanguageVersion> find(String language) {
        return versions.stream().filter(v -> v.language().equals(language)).findFirst();
    }

    /** These languages with {@code version} in place of the one in its language (or added last). */
    Languages with(LanguageVersion version) {
        List<LanguageVersion> changed = new ArrayList<>(versions);
        int at = indexOf(version.language());
        if (at < 0) {
            changed.add(version);
        } else {
            changed.set(at, version);
        }
        return new Languages(List.copyOf(changed));
    }

    /** These languages with every review withdrawn (drafts under review back in DRAFT). */
    Languages withdrawn() {
        return new Languages(versions.stream().map(LanguageVersion::withdrawn).toList());
    }

    /** The languages readers can get, the source first. */
    List<String> published() {
        return versions.stream()
                .filter(v -> v.published() != null)
                .map(LanguageVersion::language)
                .toList();
    }

    /** Whether a translation follows a source revision older than the one published now. */
    boolean outdated(LanguageVersion version) {
        LanguageVersion source = source();
        Integer followed = version.translatedFrom();
        return version != source
                && !version.language().equals(source.language())
                && source.published() != null
                && followed != null
                && followed < source.published().revision();
    }

    private int indexOf(String language) {
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).language().equals(language)) {
                return i;
            }
        }
        return -1;
    }
}
