package dev.servicedesk.routing;

import dev.servicedesk.common.TextFold;
import java.util.ArrayList;
import java.util.List;

/**
 * Text as keyword matching compares it: folded ({@link TextFold}), split into
 * words at anything that is not a letter, digit, combining mark, "+" or "#" (so that "C++" and
 * "C#" stay words), and where the script changes ("VPNに" is "vpn" and "に").
 */
final class Words {
    private Words() {}

    /** The words of already folded text, in order. */
    static List<String> split(String folded) {
        List<String> words = new ArrayList<>();
        int start = -1;
        Character.UnicodeScript script = null;
        for (int i = 0; i < folded.length(); i += Character.charCount(folded.codePointAt(i))) {
            int codePoint = folded.codePointAt(i);
            if (!isWordPart(codePoint)) {
                if (start >= 0) {
                    words.add(folded.substring(start, i));
                }
                start = -1;
                script = null;
                continue;
            }
            Character.UnicodeScript letterScript = Character.isLetter(codePoint) ? specificScript(codePoint) : null;
            if (start >= 0 && letterScript != null && script != null && letterScript != script) {
                words.add(folded.substring(start, i));
                start = i;
            } else if (start < 0) {
                start = i;
            }
            if (letterScript != null) {
                script = letterScript;
            }
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return words;
    }

    /**
     * Whether the text is in a script written without spaces between words (Chinese, Japanese,
     * Thai and the like) or with particles joined to words (Korean), where a keyword can only be
     * found as characters anywhere in the text.
     */
    static boolean isUnspaced(String text) {
        return text.codePoints().anyMatch(codePoint -> switch (Character.UnicodeScript.of(codePoint)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> false;
        });
    }

    /** The letter's script, or null for one shared by several scripts. */
    private static Character.UnicodeScript specificScript(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return switch (script) {
            case COMMON, INHERITED, UNKNOWN -> null;
            default -> script;
        };
    }

    private static boolean isWordPart(int codePoint) {
        return Character.isLetterOrDigit(codePoint)
                || codePoint == '+'
                || codePoint == '#'
                || switch (Character.getType(codePoint)) {
                    case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
                    default -> false;
                };
    }
}
