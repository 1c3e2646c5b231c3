package dev.servicedesk.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as search and matching compare it, whatever the database's locale: Unicode-normalized
 * (NFKC) and fully case-folded, so that "ＶＰＮ", "Vpn" and "vpn" are one text, "STRASSE",
 * "STRAẞE" and "Straße" match, and "Café" written with a combining accent matches "CAFÉ".
 * Stored search text is folded by this rule: a change to it needs a migration that folds the
 * stored text again (as V21 first did).
 */
public final class TextFold {
    private TextFold() {}

    public static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        // Upper- then lower-casing until nothing changes folds what one pass leaves apart: ß and ẞ
        // become "ss" like "SS"; the dot lower-casing leaves on a Turkish İ goes.
        for (int pass = 0; pass < 3; pass++) {
            String next = folded.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
            if (next.equals(folded)) {
                break;
            }
            folded = next;
        }
        // Full case folding also makes a word-final sigma (ς) the sigma (σ) that lower-casing
        // gives inside a word, so that "ΟΔΟΣ" is found in "οδοσήμανση".
        return folded.replace("i\u0307", "i").replace('ς', 'σ');
    }
}
