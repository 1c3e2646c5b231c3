package dev.servicedesk.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** An Idempotency-Key sent empty, or more than once, is a mistake to report, never a key to ignore. */
public class IdempotencyKeyHeader {
    @ServerRequestFilter
    public void rejectEmptyOrRepeated(ContainerRequestContext request) {
        List<String> values = request.getHeaders().get(IdempotentCreates.HEADER);
        if (values != null && (values.size() > 1 || values.get(0).isBlank())) {
            throw ProblemException.invalid(
                    IdempotentCreates.HEADER, "must be sent once, with 1 to 255 printable ASCII characters");
        }
    }
}
