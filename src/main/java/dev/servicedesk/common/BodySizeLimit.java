package dev.servicedesk.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body larger than the limit is refused with problem+json, like every other error, before the
 * HTTP layer's own bare 413 would answer it: at once when its Content-Length says so, and for a
 * body sent in chunks (no length) once it has grown past the limit while being read.
 */
@ApplicationScoped
public class BodySizeLimit {
    private static final int BEFORE_THE_FRAMEWORKS_CHECK = -3;
    private static final ProblemType PAYLOAD_TOO_LARGE = ProblemType.PAYLOAD_TOO_LARGE;

    private final ObjectMapper objectMapper;
    private final long maxBytes;
    private final BodyHandler chunkedBodies;

    BodySizeLimit(
            ObjectMapper objectMapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize max) {
        this.objectMapper = objectMapper;
        this.maxBytes = max.asLongValue();
        // Reads a chunked body whole, up to the limit; the REST layer then takes the body read here.
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBytes);
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_THE_FRAMEWORKS_CHECK).handler(this::check).failureHandler(context -> {
            if (context.statusCode() == PAYLOAD_TOO_LARGE.status()) {
                refuse(context);
            } else {
                context.next();
            }
        });
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            if (isOver(length)) {
                refuse(context);
            } else {
                context.next();
            }
        } else if (context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            chunkedBodies.handle(context);
        } else {
            context.next();
        }
    }

    private void refuse(RoutingContext context) {
        ProblemType type = PAYLOAD_TOO_LARGE;
        Problem problem = new Problem(
                type.uri(),
                type.title(),
                type.status(),
                String.format("The request body is larger than the %s the service takes.", readable(maxBytes)),
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

    private static String readable(long bytes) {
        long megabyte = 1024 * 1024;
        return bytes % megabyte == 0 ? bytes / megabyte + " MB" : bytes / 1024 + " KB";
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
