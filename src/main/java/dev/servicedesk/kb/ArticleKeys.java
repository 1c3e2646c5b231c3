package dev.servicedesk.kb;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/** An article's human key, {@code KB-1042}: the prefix and its number. */
final class ArticleKeys {
    static final String PREFIX = "KB-";
    private static final Pattern KEY = Pattern.compile("KB-([1-9][0-9]{0,17})", Pattern.CASE_INSENSITIVE);

    private ArticleKeys() {}

    static String of(long number) {
        return PREFIX + number;
    }

    /** The number in a key, if {@code raw} is one. */
    static OptionalLong number(String raw) {
        var matcher = KEY.matcher(raw);
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }
}
