package dev.servicedesk.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request whose URL or headers are longer than the service takes is refused with problem+json,
 * like every other error: 414 and 431. A bearer token larger than any identity provider issues is
 * a 401 before it is decoded or its signature computed. The HTTP layer's own limits
 * ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}) are set
 * above these, so that this check answers first; only what is larger still gets the HTTP layer's
 * bare answer (it reads no further, and no handler can be given to it).
 */
@ApplicationScoped
public class RequestLimits {
    private static final int FIRST = -4;
    /** ": " between a header's name and value, and the line's CR LF. */
    private static final int HEADER_LINE_OVERHEAD = 4;

    private final ObjectMapper objectMapper;
    private final int maxUriLength;
    private final long maxHeaderBytes;
    private final int maxAuthorizationLength;

    RequestLimits(
            ObjectMapper objectMapper,
            @ConfigProperty(name = "servicedesk.http.max-url-length", defaultValue = "32K") MemorySize maxUri,
            @ConfigProperty(name = "servicedesk.http.max-header-size", defaultValue = "32K") MemorySize maxHeaders,
            @ConfigProperty(name = "servicedesk.http.max-token-size", defaultValue = "16K") MemorySize maxToken) {
        this.objectMapper = objectMapper;
        this.maxUriLength = (int) maxUri.asLongValue();
        this.maxHeaderBytes = maxHeaders.asLongValue();
        this.maxAuthorizationLength = (int) maxToken.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (context.request().uri().length() > maxUriLength) {
            RouteProblems.refuse(
                    context,
                    objectMapper,
                    ProblemType.URI_TOO_LONG,
                    String.format(
                            "The URL is longer than the %s the service takes.", ByteSizes.readable(maxUriLength)));
        } else if (headerBytes(context) > maxHeaderBytes) {
            RouteProblems.refuse(
                    context,
                    objectMapper,
                    ProblemType.HEADER_FIELDS_TOO_LARGE,
                    String.format(
                            "The request's headers are larger than the %s the service takes.",
                            ByteSizes.readable(maxHeaderBytes)));
        } else if (authorizationLength(context) > maxAuthorizationLength) {
            context.response()
                    .putHeader("WWW-Authenticate", ProblemMappers.BEARER_CHALLENGE + ", error=\"invalid_token\"");
            RouteProblems.refuse(
                    context,
                    objectMapper,
                    ProblemType.UNAUTHORIZED,
                    String.format(
                            "The bearer token is larger than the %s the service takes.",
                            ByteSizes.readable(maxAuthorizationLength)));
        } else {
            context.next();
        }
    }

    private static int authorizationLength(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        return authorization == null ? 0 : authorization.length();
    }

    private static long headerBytes(RoutingContext context) {
        long bytes = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            bytes += header.getKey().length() + header.getValue().length() + HEADER_LINE_OVERHEAD;
        }
        return bytes;
    }
}
