package dev.servicedesk.routing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text as keyword matching compares it: Unicode-normalized (NFKC) and case-folded, so that
 * "ＶＰＮ", "Vpn" and "vpn" are one word and "STRASSE" matches "Straße"; split into words at
 * anything that is not a letter, digit or combining mark, in any script.
 */
final class Words {
    private Words() {}

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
    }

    /** The words of already folded text, in order. */
    static List<String> split(String folded) {
        List<String> words = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < folded.length()) {
            int codePoint = folded.codePointAt(i);
            if (isWordPart(codePoint)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return words;
    }

    /**
     * Whether the text is in a script written without spaces between words (Chinese, Japanese,
     * Thai and the like), where a keyword can only be found as characters anywhere in the text.
     */
    static boolean isUnspaced(String text) {
        return text.codePoints().anyMatch(codePoint -> switch (Character.UnicodeScript.of(codePoint)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> false;
        });
    }

    private static boolean isWordPart(int codePoint) {
        return Character.isLetterOrDigit(codePoint)
                || switch (Character.getType(codePoint)) {
                    case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
                    default -> false;
                };
    }
}
