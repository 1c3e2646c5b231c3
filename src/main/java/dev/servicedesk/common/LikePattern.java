package dev.servicedesk.common;

/** LIKE patterns that match text literally: its wildcards and the escape character lose their meaning. */
public final class LikePattern {
    /** The escape clause the patterns are made for: {@code like :pattern escape '\'}. */
    public static final String ESCAPE = "escape '\\'";

    private LikePattern() {}

    /** Matches any text that contains {@code text}. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
