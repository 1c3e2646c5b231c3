package dev.servicedesk.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** An Idempotency-Key sent with a POST empty, or more than once, is a mistake to report, never a key to ignore. */
public class IdempotencyKeyHeader {
    @ServerRequestFilter
    public void rejectEmptyOrRepeated(ContainerRequestContext request) {
        List<String> values = request.getHeaders().get(IdempotentCreates.HEADER);
        if (values == null || !request.getMethod().equals("POST")) {
            return;
        }
        if (values.size() > 1) {
            throw ProblemException.invalid(IdempotentCreates.HEADER, "must be sent once");
        }
        // Checked here as well as where the key is used: a framework may hand an empty value on as absent.
        IdempotentCreates.validateKey(values.get(0));
    }
}
