package dev.servicedesk.common;

import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** BCP 47 language tags: checked and put in canonical case, and negotiated from {@code Accept-Language}. */
public final class LanguageTags {
    private static final int MAX_LENGTH = 35;
    /** A language (two or three letters, or up to eight registered ones) and its subtags, as the contract's pattern says. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private LanguageTags() {}

    /** {@code raw} in canonical case ({@code pt-BR}); a 400 naming {@code field} unless it is a well-formed tag. */
    public static String canonical(String field, String raw) {
        return parse(raw)
                .orElseThrow(
                        () -> ProblemException.invalid(field, "must be a BCP 47 language tag such as en or pt-BR"));
    }

    /** {@code raw} in canonical case, or empty unless it is a well-formed tag. */
    public static Optional<String> parse(String raw) {
        if (raw == null || raw.length() < 2 || raw.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String canonical;
        try {
            canonical = new Locale.Builder().setLanguageTag(raw).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
        return LANGUAGE.matcher(canonical).matches() && canonical.length() <= MAX_LENGTH
                ? Optional.of(canonical)
                : Optional.empty();
    }

    /**
     * The language the reader prefers most in {@code acceptLanguage}, in canonical case ({@code *}
     * names none, so {@code *, fr;q=0.5} gives {@code fr}); empty when the header names none.
     */
    public static Optional<String> mostPreferred(String acceptLanguage) {
        return preferences(acceptLanguage).stream().findFirst().flatMap(LanguageTags::parse);
    }

    /**
     * The one of {@code available} the reader prefers: each language range of {@code acceptLanguage}
     * in the order of its q-value, matched by RFC 4647 lookup ({@code de-CH} falls back to
     * {@code de}) and then by prefix ({@code pt} takes {@code pt-BR}); {@code fallback} when none
     * matches, the header is absent or it cannot be parsed.
     */
    public static String negotiate(String acceptLanguage, Collection<String> available, String fallback) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return fallback;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getRange().equals("*")) {
                return fallback;
            }
            List<Locale.LanguageRange> one = List.of(range);
            String looked = Locale.lookupTag(one, available);
            if (looked != null) {
                return looked;
            }
            List<String> filtered = Locale.filterTags(one, available);
            if (!filtered.isEmpty()) {
                return filtered.get(0);
            }
        }
        return fallback;
    }

    /**
     * The language ranges of {@code acceptLanguage} in lower case, most preferred first, each
     * followed by what RFC 4647 lookup falls back to ({@code de-ch}, then {@code de}); none when
     * the header is absent or cannot be parsed.
     */
    public static List<String> preferences(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        Set<String> preferences = new LinkedHashSet<>();
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() == 0) {
                continue;
            }
            String tag = range.getRange();
            while (!tag.equals("*") && !tag.isEmpty()) {
                preferences.add(tag);
                int dash = tag.lastIndexOf('-');
                tag = dash < 0 ? "" : tag.substring(0, dash);
            }
        }
        return List.copyOf(preferences);
    }
}
