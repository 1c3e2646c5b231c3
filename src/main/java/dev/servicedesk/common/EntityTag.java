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

    /**
     * Fails with 428 when the header is missing and 412 when none of its tags is the current
     * version. Weak tags never match: If-Match uses strong comparison.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_REQUIRED,
                    "This update needs an If-Match header with the ETag you last read.");
        }
        if (!matches(ifMatch, currentVersion)) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    "The resource changed since you read it (now " + of(currentVersion) + "); reload and retry.");
        }
    }

    static boolean matches(String ifMatch, long currentVersion) {
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
