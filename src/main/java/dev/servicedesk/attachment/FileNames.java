package dev.servicedesk.attachment;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * File names as clients offer them made safe to keep and to hand back: no path, no control or
 * direction-override characters, none that a file system reserves, at most 255 characters with the
 * extension kept; and the {@code Content-Disposition} that hands one back (RFC 6266, RFC 8187).
 */
public final class FileNames {
    static final int MAX_LENGTH = 255;
    private static final String FALLBACK = "attachment";
    private static final String RESERVED = "<>:\"|?*";
    private static final int LONGEST_EXTENSION_KEPT = 16;
    /** The names Windows keeps for devices, with any extension ({@code NUL.txt} is the device too). */
    private static final Pattern DEVICE = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");

    private FileNames() {}

    public static String safe(String offered) {
        if (offered == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(lastSegment(offered), Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if (RESERVED.indexOf(c) >= 0) {
                kept.append('_');
            } else if (!hidden(c)) {
                kept.appendCodePoint(c);
            }
        });
        String cleaned = kept.toString().replaceAll(" {2,}", " ").replaceAll("^[ .]+|[ .]+$", "");
        if (cleaned.isEmpty()) {
            return FALLBACK;
        }
        return shortened(DEVICE.matcher(cleaned).matches() ? "_" + cleaned : cleaned);
    }

    /** {@code attachment} with the name in ASCII ({@code filename}) and whole in UTF-8 ({@code filename*}). */
    public static String contentDisposition(String name) {
        StringBuilder ascii = new StringBuilder();
        // '%' too: some clients decode it in the plain parameter.
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && "\"\\%".indexOf(c) < 0 ? (char) c : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncoded(name);
    }

    private static String lastSegment(String offered) {
        int slash = Math.max(offered.lastIndexOf('/'), offered.lastIndexOf('\\'));
        return offered.substring(slash + 1);
    }

    /** Control, format (such as U+202E, which shows {@code exe.pdf} for {@code fdp.exe}), unassigned and lone surrogates. */
    private static boolean hidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED;
    }

    private static String shortened(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= LONGEST_EXTENSION_KEPT ? name.substring(dot) : "";
        int stemLength = MAX_LENGTH - extension.codePointCount(0, extension.length());
        String stem = name.substring(0, name.offsetByCodePoints(0, stemLength));
        return stem.replaceAll("[ .]+$", "") + extension;
    }

    private static String percentEncoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }
}
