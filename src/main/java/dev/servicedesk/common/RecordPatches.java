package dev.servicedesk.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/** Merge patches (RFC 7386) applied to a record's JSON view, and the result validated like a request body. */
@ApplicationScoped
public class RecordPatches {
    private final ObjectMapper objectMapper;
    private final Validator validator;

    RecordPatches(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    /** {@code before} with {@code patch} merged in; an unknown or mistyped member is a 400 naming it. */
    public <T> T merge(T before, JsonNode patch, Class<T> type) {
        try {
            return objectMapper.treeToValue(MergePatch.apply(objectMapper.valueToTree(before), patch), type);
        } catch (JsonProcessingException e) {
            throw JsonErrors.toProblem(e);
        }
    }

    /** {@code before} revised by a merge patch (which must be a JSON object) and validated. */
    public <T> T revise(T before, JsonNode patch, Class<T> type) {
        requireObject(patch);
        return validated(merge(before, patch, type));
    }

    public static void requireObject(JsonNode patch) {
        if (!patch.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object (a merge patch)");
        }
    }

    /** {@code value} itself, if its constraints hold (a 400 listing the fields otherwise). */
    public <T> T validated(T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
