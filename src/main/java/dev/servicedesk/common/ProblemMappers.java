package dev.servicedesk.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.pgclient.PgException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.DataException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error the service answers goes through here and leaves as RFC 9457 problem+json. Nothing
 * from an exception's message reaches the client unless it was written for the client.
 */
public class ProblemMappers {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    public static final String PROBLEM_JSON = "application/problem+json";
    static final String BEARER_CHALLENGE = "Bearer realm=\"servicedesk\"";
    private static final String RETRY_AFTER = "Retry-After";
    private static final String RETRY_AFTER_SECONDS = "1";
    /** About how long PostgreSQL takes to restart or fail over. */
    private static final String DATABASE_RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        Response response = respond(e.type(), e.getMessage(), e.errors(), e.allowedTransitions(), request);
        return e instanceof RateLimited limited
                ? Response.fromResponse(response)
                        .header(RETRY_AFTER, Long.toString(limited.retryAfterSeconds()))
                        .build()
                : response;
    }

    /** Someone else's update committed between our read and our write. */
    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, HttpServerRequest request) {
        return lostRace(request);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, HttpServerRequest request) {
        return lostRace(request);
    }

    private static Response lostRace(HttpServerRequest request) {
        return respond(
                ProblemType.PRECONDITION_FAILED,
                "The resource changed while this update was being made; reload and retry.",
                List.of(),
                request);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        if (ConstraintViolations.concernReturnValue(e)) {
            return internalError(e, request);
        }
        return respond(
                ProblemType.VALIDATION,
                "The request has invalid fields.",
                ConstraintViolations.toFieldErrors(e),
                request);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, HttpServerRequest request) {
        return internalError(e, request);
    }

    /** Declared for this exact type (and its subtypes) so that it wins over the framework's own. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, HttpServerRequest request) {
        return e instanceof InvalidDefinitionException ? internalError(e, request) : json(e, request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return withChallenge(
                respond(ProblemType.UNAUTHORIZED, "A bearer token is required.", List.of(), request), BEARER_CHALLENGE);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return withChallenge(
                respond(
                        ProblemType.UNAUTHORIZED,
                        "The bearer token is invalid, expired or not meant for this service.",
                        List.of(),
                        request),
                BEARER_CHALLENGE + ", error=\"invalid_token\"");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(ProblemType.FORBIDDEN, "Your roles do not allow this operation.", List.of(), request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        JsonProcessingException json = causeOfType(e, JsonProcessingException.class);
        if (json != null) {
            return json(json, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internalError(e, request);
        }
        ProblemType type = ProblemType.forStatus(status);
        String allow = type == ProblemType.METHOD_NOT_ALLOWED ? AllowedMethods.forPath(request.path()) : null;
        if (type == ProblemType.METHOD_NOT_ALLOWED && allow == null) {
            // A path the contract does not describe (an empty segment, say) names no resource at all.
            type = ProblemType.NOT_FOUND;
        }
        Response response = respond(type, FrameworkErrors.describe(type, request), List.of(), request);
        return allow == null
                ? response
                : Response.fromResponse(response)
                        .header(HttpHeaders.ALLOW, allow)
                        .build();
    }

    /** The database refused a value (SQLSTATE class 22: a NUL character, a number out of range …). */
    @ServerExceptionMapper
    public Response unstorableValue(DataException e, HttpServerRequest request) {
        return respond(
                ProblemType.VALIDATION,
                "A value in the request cannot be stored or compared (for example, it contains a NUL character).",
                List.of(),
                request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        ProblemException problem = causeOfType(e, ProblemException.class);
        if (problem != null) {
            return problem(problem, request);
        }
        if (causeOfType(e, OptimisticLockException.class) != null
                || causeOfType(e, StaleStateException.class) != null) {
            return lostRace(request);
        }
        if (DatabaseOutage.causedBy(e)) {
            return databaseUnavailable(e, request);
        }
        // A database rule broken: told apart by its SQL state (the validator has its own
        // ConstraintViolationException, answered above as a 400).
        JDBCException violation = causeOfType(e, JDBCException.class);
        if (violation != null && UNIQUE_VIOLATION.equals(violation.getSQLState())) {
            // A uniqueness rule checked first and broken by a concurrent request in between: sent
            // again, the request meets the other one's result (and, say, a duplicate name's 409).
            return retryable(respond(
                    ProblemType.TRANSIENT_CONFLICT,
                    "The request conflicts with a change made at the same time; send it again.",
                    List.of(),
                    request));
        }
        if (violation != null && FOREIGN_KEY_VIOLATION.equals(violation.getSQLState())) {
            // A record still referred to (a calendar an SLA policy counts on, say), or one referred
            // to that went away at the same time.
            return respond(
                    ProblemType.CONFLICT,
                    "Other records still refer to this one, or one it refers to has gone; change those first.",
                    List.of(),
                    request);
        }
        if (isTransientConflict(e)) {
            return retryable(respond(
                    ProblemType.TRANSIENT_CONFLICT,
                    "The request ran into a change made at the same time and was undone; send it again.",
                    List.of(),
                    request));
        }
        if (MultipartErrors.thrownByTheParser(e)) {
            return MultipartErrors.unreadable(request);
        }
        DataException data = causeOfType(e, DataException.class);
        return data != null ? unstorableValue(data, request) : internalError(e, request);
    }

    /**
     * Whether the database undid the transaction for a race it lost, which a retry gets past: a
     * deadlock or serialization failure (SQLSTATE class 40), or a lock it would not wait for.
     */
    static boolean isTransientConflict(Throwable e) {
        PgException database = causeOfType(e, PgException.class);
        return database != null
                && database.getSqlState() != null
                && (database.getSqlState().startsWith("40") || LOCK_NOT_AVAILABLE.equals(database.getSqlState()));
    }

    /** Logged without a stack trace: while the database is away every request fails alike. */
    private static Response databaseUnavailable(Throwable e, HttpServerRequest request) {
        Log.warnf("%s %s: the database is unavailable (%s)", request.method(), request.path(), e);
        return Response.fromResponse(respond(
                        ProblemType.SERVICE_UNAVAILABLE,
                        "The database is unavailable for a moment; send the request again shortly.",
                        List.of(),
                        request))
                .header(RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS)
                .build();
    }

    private Response json(JsonProcessingException e, HttpServerRequest request) {
        return problem(JsonErrors.toProblem(e), request);
    }

    /** {@code e} itself or the nearest of its causes that is a {@code type}. */
    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private Response internalError(Throwable e, HttpServerRequest request) {
        String correlationId = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error %s on %s %s", correlationId, request.method(), request.path());
        Problem problem = new Problem(
                ProblemType.INTERNAL.uri(),
                ProblemType.INTERNAL.title(),
                ProblemType.INTERNAL.status(),
                "An unexpected error occurred; quote the correlation id when reporting it.",
                request.path(),
                correlationId,
                List.of(),
                List.of());
        return build(problem);
    }

    static Response respond(ProblemType type, String detail, List<FieldError> errors, HttpServerRequest request) {
        return respond(type, detail, errors, null, request);
    }

    private static Response respond(
            ProblemType type,
            String detail,
            List<FieldError> errors,
            List<String> allowedTransitions,
            HttpServerRequest request) {
        String correlationId = UUID.randomUUID().toString();
        Log.debugf("%s %s answered %d (%s) %s", request.method(), request.path(), type.status(), type, correlationId);
        return build(new Problem(
                type.uri(),
                type.title(),
                type.status(),
                detail,
                request.path(),
                correlationId,
                errors,
                allowedTransitions));
    }

    private static Response build(Problem problem) {
        return Response.status(problem.status())
                .type(PROBLEM_JSON)
                .entity(problem)
                .build();
    }

    /** A lost race is over in a moment: the client may send the request again after a second. */
    private static Response retryable(Response response) {
        return Response.fromResponse(response)
                .header(RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    private static Response withChallenge(Response response, String challenge) {
        return Response.fromResponse(response)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }
}
