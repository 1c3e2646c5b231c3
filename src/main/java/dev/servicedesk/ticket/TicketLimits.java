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
    private static final int MAX_FACT_ITEMS = 50;
    private static final int MAX_TEXT = 2000;
    private static final String NOT_PLAIN = "must be text, a number, true or false";

    private final ObjectMapper objectMapper;

    TicketLimits(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /**
     * The free-form environment stays small and shallow, as the contract's {@code Environment}
     * says, and when it started is a date we can write back.
     */
    void check(Map<String, Object> environment, Instant occurredAt) {
        List<FieldError> errors = new ArrayList<>();
        if (environment != null) {
            if (bytes(environment) > MAX_ENVIRONMENT_BYTES) {
                errors.add(new FieldError("environment", "must be at most 16 KB of JSON"));
            } else {
                objectMapper.<JsonNode>valueToTree(environment).fields().forEachRemaining(fact -> {
                    String problem = factProblem(fact.getValue());
                    if (problem != null) {
                        errors.add(new FieldError("environment." + fact.getKey(), problem));
                    }
                });
            }
        }
        if (occurredAt != null && !Instants.isInRange(occurredAt)) {
            errors.add(new FieldError("occurredAt", "must be between the years 1 and 9999"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** What is wrong with one fact: a plain value, or a list or an object of plain values. */
    private static String factProblem(JsonNode fact) {
        if (fact.isArray() || fact.isObject()) {
            if (fact.size() > MAX_FACT_ITEMS) {
                return "must hold at most " + MAX_FACT_ITEMS + " values";
            }
            for (JsonNode value : fact) {
                String problem = valueProblem(value);
                if (problem != null) {
                    return problem.equals(NOT_PLAIN) ? "must hold plain values only (two levels at most)" : problem;
                }
            }
            return null;
        }
        return valueProblem(fact);
    }

    private static String valueProblem(JsonNode value) {
        if (value.isTextual()) {
            String text = value.textValue();
            return text.codePointCount(0, text.length()) > MAX_TEXT
                    ? "must be at most " + MAX_TEXT + " characters"
                    : null;
        }
        if (value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue())) {
            return "holds a number beyond the range of a double (such as 1e400)";
        }
        return value.isNumber() || value.isBoolean() ? null : NOT_PLAIN;
    }

    private int bytes(Map<String, Object> environment) {
        try {
            return objectMapper.writeValueAsString(environment).getBytes(StandardCharsets.UTF_8).length;
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("environment", "must be a JSON object");
        }
    }
}
