package dev.servicedesk.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * RFC 9457 problem details, the body of every error answer; {@code allowedTransitions} only on a
 * refused lifecycle move, and then even when empty.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        String correlationId,
        List<FieldError> errors,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> allowedTransitions) {}
