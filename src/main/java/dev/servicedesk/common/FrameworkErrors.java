package dev.servicedesk.common;

import io.vertx.core.http.HttpServerRequest;

/** Client-facing details for the errors the HTTP framework raises by itself. */
final class FrameworkErrors {
    private FrameworkErrors() {}

    static String describe(ProblemType type, HttpServerRequest request) {
        return switch (type) {
            case NOT_FOUND -> "No resource exists at " + request.path() + ".";
            case METHOD_NOT_ALLOWED -> request.method() + " is not allowed on " + request.path() + "; see Allow.";
            case NOT_ACCEPTABLE -> "None of the media types in Accept can be produced here.";
            case UNSUPPORTED_MEDIA_TYPE -> "The request body's Content-Type is not accepted here.";
            case PAYLOAD_TOO_LARGE -> "The request body is too large.";
            case UNAUTHORIZED -> "A valid bearer token is required.";
            case FORBIDDEN -> "Your roles do not allow this operation.";
            default -> "The request could not be processed as sent.";
        };
    }
}
