package dev.servicedesk.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;

/** Problem answers for the checks that run on the HTTP routes, before the REST layer's mappers. */
final class RouteProblems {
    private RouteProblems() {}

    /**
     * Answers with the problem and closes the connection afterwards: what the request still had to
     * send (the rest of a body) is not read, so the connection cannot carry another request.
     */
    static void refuse(RoutingContext context, ObjectMapper objectMapper, ProblemType type, String detail) {
        Problem problem = new Problem(
                type.uri(),
                type.title(),
                type.status(),
                detail,
                context.request().path(),
                UUID.randomUUID().toString(),
                List.of(),
                null);
        String body;
        try {
            body = objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMappers.PROBLEM_JSON)
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end(body);
    }
}
