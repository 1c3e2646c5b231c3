package dev.servicedesk.common;

/**
 * Strong entity tags derived from a row's optimistic-lock version, and the If-Match check that
 * keeps concurrent updates from overwriting each other (RFC 9110 §13.1.1).
 */
public final class EntityTag {
    private EntityTag() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The tag of one view of a version, for a resource whose callers get different representations. */
    public static String of(long version, String view) {
        return "\"" + version + "-" + view + "\"";
    }

    /**
     * Fails with 428 when the header is missing and 412 when none of its tags is the current
     * version. Weak tags never match: If-Match uses strong comparison.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        requireMatch(ifMatch, of(currentVersion));
    }

    /** As {@link #requireMatch(String, long)}, against the tag the caller's representation carries. */
    public static void requireMatch(String ifMatch, String current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_REQUIRED,
                    "This update needs an If-Match header with the ETag you last read.");
        }
        if (!matches(ifMatch, current)) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    "The resource changed since you read it (now " + current + "); reload and retry.");
        }
    }

    /**
     * As {@link #requireMatch(String, long)}, for a resource whose views of one version carry tags
     * {@link #of(long, String)}: the tag of any view of the current version matches.
     */
    public static void requireVersion(String ifMatch, long currentVersion) {
        String plain = of(currentVersion);
        String viewPrefix = "\"" + currentVersion + "-";
        for (String candidate : ifMatch == null ? new String[0] : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith(viewPrefix) && tag.endsWith("\"")) {
                return;
            }
        }
        requireMatch(ifMatch, plain);
    }

    /**
     * Whether a client's copy named in {@code If-None-Match} is still {@code current} (weak
     * comparison, RFC 9110 §13.1.2), so a 304 may answer instead of the representation.
     */
    public static boolean noneMatchHolds(String ifNoneMatch, String current) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(current)) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(String ifMatch, String current) {
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
