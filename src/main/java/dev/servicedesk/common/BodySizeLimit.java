package dev.servicedesk.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body larger than the limit is refused with problem+json, like every other error, before the
 * HTTP layer's own bare 413 would answer it: at once when its Content-Length says so, and for a
 * body sent in HTTP/1.1 chunks (no length) once it has grown past the limit while being read. A body that
 * carries a file (a multipart upload) may be as large as the HTTP layer takes
 * ({@code quarkus.http.limits.max-body-size}); any other as {@code servicedesk.http.max-body-size}.
 */
@ApplicationScoped
public class BodySizeLimit {
    private static final int BEFORE_THE_FRAMEWORKS_CHECK = -3;

    private static final List<String> FILE_BODIES = List.of("multipart/form-data", "message/rfc822");

    private final ObjectMapper objectMapper;
    private final long maxBytes;
    private final long maxFileBodyBytes;
    private final BodyHandler chunkedBodies;

    BodySizeLimit(
            ObjectMapper objectMapper,
            @ConfigProperty(name = "servicedesk.http.max-body-size", defaultValue = "10240K") MemorySize max,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxFile) {
        this.objectMapper = objectMapper;
        this.maxBytes = max.asLongValue();
        this.maxFileBodyBytes = Math.max(maxBytes, maxFile.asLongValue());
        // Reads a chunked body whole, up to the limit; the REST layer then takes the body read here.
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBytes);
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_THE_FRAMEWORKS_CHECK).handler(this::check).failureHandler(context -> {
            if (context.statusCode() == ProblemType.PAYLOAD_TOO_LARGE.status()) {
                refuse(context);
            } else {
                context.next();
            }
        });
    }

    private void check(RoutingContext context) {
        boolean carriesFiles = carriesFiles(context);
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            if (isOver(length, carriesFiles ? maxFileBodyBytes : maxBytes)) {
                refuse(context);
            } else {
                context.next();
            }
        } else if (hasUnmeasuredBody(context) && !carriesFiles) {
            chunkedBodies.handle(context);
        } else {
            // A chunked file body (multipart, or a raw e-mail) is left to the REST layer, which reads
            // the stream itself (a body read here would leave it waiting) and stops at the HTTP
            // layer's limit (a 413 without a problem body).
            context.next();
        }
    }

    /**
     * A chunked HTTP/1.1 body. Not an HTTP/2 body without Content-Length: the REST layer cannot take
     * an HTTP/2 request whose body was read before it (it fails to pause it), so that body is read by
     * the REST layer itself, up to the HTTP layer's limit.
     */
    private static boolean hasUnmeasuredBody(RoutingContext context) {
        return context.request().version() != HttpVersion.HTTP_2
                && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private static boolean carriesFiles(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && FILE_BODIES.contains(type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT));
    }

    private void refuse(RoutingContext context) {
        RouteProblems.refuse(
                context,
                objectMapper,
                ProblemType.PAYLOAD_TOO_LARGE,
                String.format(
                        "The request body is larger than the %s the service takes.",
                        ByteSizes.readable(carriesFiles(context) ? maxFileBodyBytes : maxBytes)));
    }

    private static boolean isOver(String length, long maxBytes) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
