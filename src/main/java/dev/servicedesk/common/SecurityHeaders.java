package dev.servicedesk.common;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers that keep a browser from misreading an answer (OWASP's REST security headers), on
 * every answer, including the ones the HTTP routes refuse: no content sniffing; an API answer,
 * which carries someone's data, is never stored by a cache and never framed or run as a page; the
 * Swagger UI page runs only its own scripts and talks only to this service. HSTS is the TLS
 * terminator's (the ingress'): the service itself speaks plain HTTP behind it.
 */
@ApplicationScoped
public class SecurityHeaders {
    /** Before every other route, the framework's CORS filter among them, which answers preflights itself. */
    private static final int BEFORE_EVERY_CHECK = -1_000_000;

    private static final String API = "/api/";
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** Swagger UI's page starts itself with two inline scripts and styles parts of itself inline. */
    private static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final String swaggerUiPath;

    SecurityHeaders(@ConfigProperty(name = "quarkus.swagger-ui.path") String swaggerUiPath) {
        this.swaggerUiPath = swaggerUiPath;
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_EVERY_CHECK).handler(this::addOnAnswer);
    }

    private void addOnAnswer(RoutingContext context) {
        String path = context.request().path();
        context.addHeadersEndHandler(ignored -> add(context.response().headers(), path));
        context.next();
    }

    private void add(MultiMap headers, String path) {
        headers.set("X-Content-Type-Options", "nosniff");
        if (path.startsWith(API)) {
            setUnlessSet(headers, "Cache-Control", "no-store");
            setUnlessSet(headers, "Content-Security-Policy", API_POLICY);
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
        } else if (path.startsWith(swaggerUiPath)) {
            headers.set("Content-Security-Policy", SWAGGER_UI_POLICY);
            headers.set("X-Frame-Options", "DENY");
        }
    }

    private static void setUnlessSet(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
