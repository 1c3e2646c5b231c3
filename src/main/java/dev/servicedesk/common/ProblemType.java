package dev.servicedesk.common;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

/**
 * The kinds of problem the API reports; each has a stable type URI that clients may switch on, and
 * the contract lists them all (a test holds the two equal).
 */
public enum ProblemType {
    VALIDATION(400, "Invalid request"),
    MALFORMED_BODY(400, "Malformed request body"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    /** A race the request lost (a deadlock, a serialization failure, a lock not waited for): send it again. */
    TRANSIENT_CONFLICT(409, "Conflicting change at the same time"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    URI_TOO_LONG(414, "URL too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    HEADER_FIELDS_TOO_LARGE(431, "Request headers too large"),
    INTERNAL(500, "Internal error"),
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    private static final String URN_PREFIX = "urn:servicedesk:problem:";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(URN_PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The generic kind for a bare HTTP status the framework produced. */
    public static ProblemType forStatus(int status) {
        if (status == 400) {
            return VALIDATION;
        }
        return Arrays.stream(values())
                .filter(type -> type.status == status)
                .findFirst()
                .orElse(status >= 500 ? INTERNAL : VALIDATION);
    }
}
