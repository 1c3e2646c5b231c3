package dev.servicedesk.ticket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.Instants;
import dev.servicedesk.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Bounds that annotations cannot state, for creates and patches alike. */
@ApplicationScoped
class TicketLimits {
    static final int MAX_ENVIRONMENT_BYTES = 16 * 1024;

    private final ObjectMapper objectMapper;

    TicketLimits(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** The free-form environment stays small, and when it started is a date we can write back. */
    void check(Map<String, Object> environment, Instant occurredAt) {
        List<FieldError> errors = new ArrayList<>();
        if (environment != null && bytes(environment) > MAX_ENVIRONMENT_BYTES) {
            errors.add(new FieldError("environment", "must be at most 16 KB of JSON"));
        }
        if (environment != null && hasNumberOutOfRange(objectMapper.valueToTree(environment))) {
            errors.add(new FieldError("environment", "holds a number beyond the range of a double (such as 1e400)"));
        }
        if (occurredAt != null && !Instants.isInRange(occurredAt)) {
            errors.add(new FieldError("occurredAt", "must be between the years 1 and 9999"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** A number too large for a double reads as infinite, and would be written back as text. */
    private static boolean hasNumberOutOfRange(JsonNode node) {
        if (node.isFloatingPointNumber()) {
            return !Double.isFinite(node.doubleValue());
        }
        for (JsonNode child : node) {
            if (hasNumberOutOfRange(child)) {
                return true;
            }
        }
        return false;
    }

    private int bytes(Map<String, Object> environment) {
        try {
            return objectMapper.writeValueAsString(environment).getBytes(StandardCharsets.UTF_8).length;
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("environment", "must be a JSON object");
        }
    }
}
