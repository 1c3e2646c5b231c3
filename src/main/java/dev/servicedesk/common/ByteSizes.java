package dev.servicedesk.common;

import java.util.Locale;

/** Byte counts as people read them in a problem's detail. */
public final class ByteSizes {
    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private ByteSizes() {}

    public static String readable(long bytes) {
        if (bytes >= MB) {
            return trimmed(bytes / (double) MB) + " MB";
        }
        if (bytes >= KB) {
            return trimmed(bytes / (double) KB) + " KB";
        }
        return bytes + " bytes";
    }

    private static String trimmed(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
