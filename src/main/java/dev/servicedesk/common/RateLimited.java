package dev.servicedesk.common;

/** A 429: the client spent its quota; {@code retryAfterSeconds} says when the next request is let through. */
public class RateLimited extends ProblemException {
    private final long retryAfterSeconds;

    public RateLimited(String detail, long retryAfterSeconds) {
        super(ProblemType.TOO_MANY_REQUESTS, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
