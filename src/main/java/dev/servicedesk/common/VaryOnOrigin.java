package dev.servicedesk.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * An answer to a cross-origin request carries the CORS headers of that origin (the framework's
 * CORS filter sets them and no Vary): a cache must keep it apart from what other origins get.
 */
public class VaryOnOrigin {
    @ServerResponseFilter
    public void varyOnOrigin(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getHeaderString("Origin") != null) {
            response.getHeaders().add(HttpHeaders.VARY, "Origin");
        }
    }
}
