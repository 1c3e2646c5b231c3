package dev.servicedesk.ticket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.ticket.dto.NewTicket;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;

/** Bounds that annotations cannot state: the free-form environment stays small. */
@ApplicationScoped
class TicketLimits {
    static final int MAX_ENVIRONMENT_BYTES = 16 * 1024;

    private final ObjectMapper objectMapper;

    TicketLimits(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    void check(NewTicket request) {
        if (request.environment() == null) {
            return;
        }
        try {
            int bytes = objectMapper.writeValueAsString(request.environment()).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_ENVIRONMENT_BYTES) {
                throw ProblemException.invalid("environment", "must be at most 16 KB of JSON");
            }
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("environment", "must be a JSON object");
        }
    }
}
