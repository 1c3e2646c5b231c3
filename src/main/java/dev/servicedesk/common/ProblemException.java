package dev.servicedesk.common;

import java.util.List;

/**
 * A failure the client can act on. Domain code throws it (or a subclass); {@link ProblemMappers}
 * turns it into problem+json.
 */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final List<FieldError> errors;
    private final List<String> allowedTransitions;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        this(type, detail, errors, null);
    }

    private ProblemException(
            ProblemType type, String detail, List<FieldError> errors, List<String> allowedTransitions) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.allowedTransitions = allowedTransitions == null ? null : List.copyOf(allowedTransitions);
    }

    /** A 409 for a lifecycle move that is not allowed, naming the moves that are. */
    public static ProblemException illegalTransition(String detail, List<String> allowed) {
        return new ProblemException(ProblemType.CONFLICT, detail, List.of(), allowed);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Null unless this is a refused lifecycle move. */
    public List<String> allowedTransitions() {
        return allowedTransitions;
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, "The request has invalid fields.", errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }
}
