package dev.servicedesk.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A plain OPTIONS (a CORS preflight never gets here: the CORS filter answers it) says what the
 * contract allows on its path, and a path the contract lacks is not found. Left to RESTEasy, it
 * would list every method of the API's one resource root, for any path under it.
 */
public class OptionsRequests {
    @ServerRequestFilter(preMatching = true)
    public Response answerFromTheContract(HttpServerRequest request) {
        if (!HttpMethod.OPTIONS.equals(request.method().name())) {
            return null;
        }
        String allow = AllowedMethods.forPath(request.path());
        if (allow == null) {
            throw new NotFoundException();
        }
        return Response.ok().header(HttpHeaders.ALLOW, allow).build();
    }
}
