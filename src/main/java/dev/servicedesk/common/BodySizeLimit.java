package dev.servicedesk.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body declared larger than the limit is refused with problem+json, like every other error,
 * before the HTTP layer's own bare 413 (a route of order -2) would answer it.
 */
@ApplicationScoped
public class BodySizeLimit {
    private static final int BEFORE_THE_FRAMEWORKS_CHECK = -3;

    private final ObjectMapper objectMapper;
    private final long maxBytes;

    BodySizeLimit(
            ObjectMapper objectMapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize max) {
        this.objectMapper = objectMapper;
        this.maxBytes = max.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_THE_FRAMEWORKS_CHECK).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !isOver(length)) {
            context.next();
            return;
        }
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        Problem problem = new Problem(
                type.uri(),
                type.title(),
                type.status(),
                "The request body is larger than " + maxBytes / 1024 + " KB.",
                context.request().path(),
                UUID.randomUUID().toString(),
                List.of(),
                null);
        context.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMappers.PROBLEM_JSON)
                // The rest of the body is not read: the connection cannot carry another request.
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end(json(problem));
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String json(Problem problem) {
        try {
            return objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
