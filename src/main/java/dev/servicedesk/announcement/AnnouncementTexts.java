package dev.servicedesk.announcement;

import dev.servicedesk.common.TextFold;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Every language an announcement is written in, the source first. The source carries a revision
 * that goes up each time it is rewritten; a translation names the revision it translates, and is
 * outdated once the source moved on. Pure.
 */
public record AnnouncementTexts(List<Version> versions) {

    /** The text in one language, who wrote it and when. */
    public record Version(
            String language,
            AnnouncementText text,
            Integer revision,
            Integer translatedFrom,
            UUID writtenById,
            Instant writtenAt) {}

    static AnnouncementTexts of(String language, AnnouncementText text, UUID by, Instant at) {
        return new AnnouncementTexts(List.of(new Version(language, text, 1, null, by, at)));
    }

    public Version source() {
        return versions.get(0);
    }

    public Optional<Version> find(String language) {
        return versions.stream().filter(v -> v.language().equals(language)).findFirst();
    }

    public List<String> languages() {
        return versions.stream().map(Version::language).toList();
    }

    public boolean outdated(Version version) {
        return version.translatedFrom() != null && version.translatedFrom() < source().revision();
    }

    /** What the archive's search looks in: {@code key} and every language's text, folded. */
    String searchText(String key) {
        StringBuilder all = new StringBuilder(key);
        for (Version version : versions) {
            AnnouncementText text = version.text();
            Stream.of(
                            text.title(),
                            text.body(),
                            text.cause(),
                            text.expectedImpact(),
                            text.workaround(),
                            text.callerAnswer())
                    .filter(Objects::nonNull)
                    .forEach(part -> all.append(' ').append(part));
        }
        return TextFold.of(all.toString());
    }

    /** These texts with the source rewritten: its revision one higher. */
    AnnouncementTexts rewriteSource(AnnouncementText text, UUID by, Instant at) {
        Version source = source();
        return with(new Version(source.language(), text, source.revision() + 1, null, by, at));
    }

    /** These texts with a translation of the current source revision, in place of any earlier one. */
    AnnouncementTexts translate(String language, AnnouncementText text, UUID by, Instant at) {
        return with(new Version(language, text, null, source().revision(), by, at));
    }

    AnnouncementTexts without(String language) {
        return new AnnouncementTexts(
                versions.stream().filter(v -> !v.language().equals(language)).toList());
    }

    private AnnouncementTexts with(Version version) {
        List<Version> changed = new ArrayList<>(versions);
        int at = languages().indexOf(version.language());
        if (at < 0) {
            changed.add(version);
        } else {
            changed.set(at, version);
        }
        return new AnnouncementTexts(List.copyOf(changed));
    }
}
